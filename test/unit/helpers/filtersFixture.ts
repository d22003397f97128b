import { buildGraph, type AllianceGraph } from '../../../src/model/graph';
import type { DataFile } from '../../../src/model/types';
import { emptyFilters, type Filters } from '../../../src/filters/types';

// A small hand-built map for the filter rules of docs/filters.md. Expected results
// in the tests are worked out by hand from the tables below, never by calling the code twice.
//
// Actors (kind; regions; own SDGs) and their SDGs through alliances:
//   C1 catalyst     ['24']         [17]  -> {11, 13, 17}
//   F1 funder       ['FR']         []    -> {17}        national, allied to C1 (24)
//   F2 funder       ['FR']         [13]  -> {13}        national, allied to L2 (11)
//   F3 funder       ['FR']         []    -> {}          national, no alliance
//   L1 local-actor  ['24']         []    -> {13}        SDG 13 only through e2
//   L2 local-actor  ['11']         [4]   -> {4}
//   G1 local-actor  ['53']         [11]  -> {11}        group node (40 members)
//   N1 network      (no regions)   [17]  -> {17}        custom kind
//   H  catalyst     ['FR', '53']   []    -> {}          national and regional
//
// Alliances (source -> target; support; years; SDGs):
//   e1 F1 -> C1  direct-funding          2021-05 .. 2022-06   [17]
//   e2 C1 -> L1  engineering, networks   2018 .. 2019         [13]
//   e3 F2 -> L2  direct-funding          2020 .. (ongoing)
//   e4 L1 -> G1  (none)                  (always)
//   e5 C1 -> G1  visibility              (no start) .. 2015   [11]
//   e6 N1 -> C1  networks                2023-01 .. (ongoing)
//   e7 C1 -> L1  data                    2024 .. 2024         (second alliance of the pair)
//   e8 H  -> G1  tools-resources         2019 .. 2021
export const FIXTURE: DataFile = {
  format: 'alliance-map/1',
  meta: { title: 'Filters fixture', kinds: { network: { fr: 'Réseau', en: 'Network' } } },
  nodes: [
    { id: 'C1', label: 'Catalyst 1', kind: 'catalyst', regions: ['24'], sdgs: [17] },
    { id: 'F1', label: 'Funder 1', kind: 'funder', regions: ['FR'] },
    { id: 'F2', label: 'Funder 2', kind: 'funder', regions: ['FR'], sdgs: [13] },
    { id: 'F3', label: 'Funder 3', kind: 'funder', regions: ['FR'], sdgs: [] },
    { id: 'L1', label: 'Local 1', kind: 'local-actor', regions: ['24'] },
    { id: 'L2', label: 'Local 2', kind: 'local-actor', regions: ['11'], sdgs: [4] },
    { id: 'G1', label: 'Forty members', kind: 'local-actor', regions: ['53'], sdgs: [11], members: { count: 40 } },
    { id: 'N1', label: 'Network 1', kind: 'network', sdgs: [17] },
    { id: 'H', label: 'Hybrid', kind: 'catalyst', regions: ['FR', '53'] },
  ],
  edges: [
    {
      id: 'e1',
      source: 'F1',
      target: 'C1',
      relation: 'funding',
      support: ['direct-funding'],
      start: '2021-05',
      end: '2022-06',
      sdgs: [17],
    },
    {
      id: 'e2',
      source: 'C1',
      target: 'L1',
      relation: 'support',
      support: ['engineering', 'networks'],
      start: '2018',
      end: '2019',
      sdgs: [13],
    },
    { id: 'e3', source: 'F2', target: 'L2', relation: 'funding', support: ['direct-funding'], start: '2020' },
    { id: 'e4', source: 'L1', target: 'G1', relation: 'partnership' },
    { id: 'e5', source: 'C1', target: 'G1', relation: 'animation', support: ['visibility'], end: '2015', sdgs: [11] },
    { id: 'e6', source: 'N1', target: 'C1', relation: 'membership', support: ['networks'], start: '2023-01' },
    { id: 'e7', source: 'C1', target: 'L1', relation: 'contract', support: ['data'], start: '2024', end: '2024' },
    { id: 'e8', source: 'H', target: 'G1', relation: 'support', support: ['tools-resources'], start: '2019', end: '2021' },
  ],
};

export const ALL_ACTORS = ['C1', 'F1', 'F2', 'F3', 'L1', 'L2', 'G1', 'N1', 'H'];
export const ALL_ALLIANCES = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8'];

export function fixtureGraph(): AllianceGraph {
  return buildGraph(structuredClone(FIXTURE));
}

export function filters(overrides: Partial<Filters>): Filters {
  return { ...emptyFilters(), ...overrides };
}

/** A set as a sorted array, for readable failures. */
export function sorted(set: ReadonlySet<string>): string[] {
  return [...set].sort();
}
