import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/filters/apply';
import { facetCounts, type FacetCount } from '../../src/filters/facets';
import type { Filters } from '../../src/filters/types';
import { SCOPES } from '../../src/domain/regions';
import { SUPPORT_CODES } from '../../src/domain/supportForms';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { filters, fixtureGraph, pickFrom, prng, subset } from './helpers/filtersFixture';

const graph = fixtureGraph();

/** Options with a non-zero count, as { option: [actors, alliances] }. */
function nonZero<O>(counts: Map<O, FacetCount>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [option, count] of counts) if (count.actors > 0 || count.alliances > 0) out[String(option)] = [count.actors, count.alliances];
  return out;
}

describe('facetCounts: no filter', () => {
  const counts = facetCounts(graph, filters({}));

  it('lists every option of each facet', () => {
    expect([...counts.sdg.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect([...counts.region.keys()]).toEqual(SCOPES.map((scope) => scope.code));
    expect([...counts.kind.keys()]).toEqual(['catalyst', 'funder', 'local-actor', 'network']);
    expect([...counts.support.keys()]).toEqual([...SUPPORT_CODES]);
  });

  it('sdg: actors whose own or alliance SDGs include the option', () => {
    // 17: C1, F1, N1 (e1, e6); 13: C1, F2, L1 (e2, e7); 11: C1, G1 (e5); 4: L2.
    expect(nonZero(counts.sdg)).toEqual({ '4': [1, 0], '11': [2, 1], '13': [3, 2], '17': [3, 2] });
  });

  it('region: with national=linked', () => {
    // 24: C1, L1 and F1 (allied to C1); 11: L2 and F2; 53: G1 and H (group node once); FR: the four national actors.
    expect(nonZero(counts.region)).toEqual({ '24': [3, 3], '11': [2, 1], '53': [2, 1], FR: [4, 0] });
  });

  it('kind', () => {
    expect(nonZero(counts.kind)).toEqual({ catalyst: [2, 0], funder: [3, 0], 'local-actor': [3, 1], network: [1, 0] });
  });

  it('support: ends of the alliances carrying the option', () => {
    expect(nonZero(counts.support)).toEqual({
      'direct-funding': [4, 2],
      engineering: [2, 1],
      networks: [3, 2],
      visibility: [2, 1],
      data: [2, 1],
      'tools-resources': [2, 1],
    });
  });
});

describe('facetCounts: the option alone in its filter, the other filters unchanged', () => {
  const state = filters({ region: ['24'], support: ['networks'] });

  it('sdg under region=24 and support=networks', () => {
    // region 24 (linked) keeps C1, L1, F1. 13: C1 and L1, joined by e2 (networks). 17: C1 and F1,
    // but e1 is direct-funding and e6's N1 is out of region, so nothing is left.
    expect(nonZero(facetCounts(graph, state).sdg)).toEqual({ '13': [2, 1] });
  });

  it('region replaces the selected regions and keeps support', () => {
    // 24: C1, L1, F1 -> e2 only. 11 (L2, F2), 53 (G1, H), FR: no networks alliance.
    expect(nonZero(facetCounts(graph, state).region)).toEqual({ '24': [2, 1] });
  });

  it('kind: nothing is left under isolated=hide, A_o under isolated=show', () => {
    expect(nonZero(facetCounts(graph, state).kind)).toEqual({});
    expect(nonZero(facetCounts(graph, { ...state, isolated: 'show' }).kind)).toEqual({
      catalyst: [1, 0],
      funder: [1, 0],
      'local-actor': [1, 0],
    });
  });

  it('support replaces the selected support forms', () => {
    // A = C1, L1, F1. direct-funding: e1; engineering, networks: e2; data: e7; e5 and e6 leave A.
    const expected = { 'direct-funding': [2, 1], engineering: [2, 1], networks: [2, 1], data: [2, 1] };
    expect(nonZero(facetCounts(graph, state).support)).toEqual(expected);
    // isolated=show: every actor of A stays visible whichever option is chosen.
    const shown = facetCounts(graph, { ...state, isolated: 'show' }).support;
    expect(nonZero(shown)).toEqual({
      'direct-funding': [3, 1],
      engineering: [3, 1],
      networks: [3, 1],
      data: [3, 1],
      'tools-resources': [3, 0],
      'governance-dialogue': [3, 0],
      visibility: [3, 0],
    });
  });

  it('keeps SDGs of alliances the support filter hides', () => {
    // support=data: L1 still has 13 (from e2); C1-L1 through e7.
    expect(nonZero(facetCounts(graph, filters({ support: ['data'] })).sdg)).toEqual({ '13': [2, 1] });
  });

  it('national=all and none change the region counts of national actors', () => {
    // all: F1, F2, F3 and H pass any region; H is also in 53.
    expect(nonZero(facetCounts(graph, filters({ national: 'all', kind: ['funder'] })).region)).toEqual(
      Object.fromEntries(SCOPES.map((scope) => [scope.code, [3, 0]])),
    );
    expect(nonZero(facetCounts(graph, filters({ national: 'none', kind: ['funder'] })).region)).toEqual({ FR: [3, 0] });
  });

  it('period stays applied in every facet', () => {
    // 2023-: e3, e4, e6, e7 remain. direct-funding: e3 (F2, L2); networks: e6 (N1, C1); data: e7 (C1, L1).
    expect(nonZero(facetCounts(graph, filters({ period: { from: 2023, to: null } })).support)).toEqual({
      'direct-funding': [2, 1],
      networks: [2, 1],
      data: [2, 1],
    });
    // kind local-actor: e4 (L1 -> G1).
    expect(nonZero(facetCounts(graph, filters({ period: { from: 2023, to: null } })).kind)).toEqual({ 'local-actor': [2, 1] });
  });
});

describe('facetCounts agrees with applyFilters run once per option', () => {
  // Cross-check of the one-pass implementation on random graphs and filters (seeded).
  const random = prng(20261129);
  const regions = ['24', '11', '53', 'FR', '93'];
  const kinds = ['catalyst', 'funder', 'local-actor', 'network'];
  for (let round = 0; round < 40; round += 1) {
    const n = 4 + Math.floor(random() * 12);
    const file: DataFile = { format: 'alliance-map/1', meta: { title: 'random' }, nodes: [], edges: [] };
    for (let i = 0; i < n; i += 1) {
      file.nodes.push({
        id: `n${i}`,
        label: `n${i}`,
        kind: pickFrom(random, kinds),
        regions: subset(random, regions, 0.3),
        sdgs: subset(random, [1, 4, 13, 17], 0.25),
      });
    }
    const m = Math.floor(random() * n * 2);
    for (let i = 0; i < m; i += 1) {
      const start = random() < 0.6 ? String(2015 + Math.floor(random() * 8)) : undefined;
      const end = random() < 0.5 ? String(2018 + Math.floor(random() * 8)) : undefined;
      file.edges.push({
        id: `e${i}`,
        source: `n${Math.floor(random() * n)}`,
        target: `n${Math.floor(random() * n)}`,
        relation: 'support',
        support: subset(random, SUPPORT_CODES, 0.3),
        sdgs: subset(random, [1, 4, 13, 17], 0.2),
        ...(start === undefined ? {} : { start }),
        ...(end === undefined ? {} : { end }),
      });
    }
    const randomGraph = buildGraph(file);
    const state: Filters = filters({
      sdg: subset(random, [1, 4, 13, 17], 0.2),
      region: subset(random, regions, 0.2),
      national: pickFrom(random, ['linked', 'all', 'none'] as const),
      kind: subset(random, kinds, 0.3),
      support: subset(random, SUPPORT_CODES, 0.15),
      period: random() < 0.4 ? { from: random() < 0.5 ? 2019 : null, to: random() < 0.5 ? 2021 : null } : null,
      isolated: random() < 0.5 ? 'hide' : 'show',
    });
    it(`round ${round}`, () => {
      const counts = facetCounts(randomGraph, state);
      const check = <O>(facet: 'sdg' | 'region' | 'kind' | 'support', map: Map<O, FacetCount>): void => {
        for (const [option, count] of map) {
          const alone = applyFilters(randomGraph, { ...state, [facet]: [option] });
          expect({ facet, option, ...count }).toEqual({
            facet,
            option,
            actors: alone.visibleNodeIds.size,
            alliances: alone.visibleEdgeIds.size,
          });
        }
      };
      check('sdg', counts.sdg);
      check('region', counts.region);
      check('kind', counts.kind);
      check('support', counts.support);
    });
  }
});
