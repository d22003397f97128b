import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/filters/apply';
import { facetCounts, type FacetCount } from '../../src/filters/facets';
import type { Filters } from '../../src/filters/types';
import { SCOPES } from '../../src/domain/regions';
import { SUPPORT_CODES } from '../../src/domain/supportForms';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { filters, fixtureGraph } from './helpers/filtersFixture';

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
  // Cross-check of the one-pass implementation on random graphs and filters.
  const regions = ['24', '11', '53', 'FR', '93'];
  const kinds = ['catalyst', 'funder', 'local-actor', 'network'];
  const sdgs = [1, 4, 13, 17];
  const supports = [...SUPPORT_CODES];

  /** 4 to 15 actors and up to twice as many alliances between them, loops and open periods included. */
  const randomMap: fc.Arbitrary<DataFile> = fc
    .integer({ min: 4, max: 15 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.record({ kind: fc.constantFrom(...kinds), regions: fc.subarray(regions), sdgs: fc.subarray(sdgs) }), {
          minLength: n,
          maxLength: n,
        }),
        fc.array(
          fc.record({
            source: fc.nat(n - 1),
            target: fc.nat(n - 1),
            support: fc.subarray(supports),
            sdgs: fc.subarray(sdgs),
            start: fc.option(fc.integer({ min: 2015, max: 2022 }), { nil: undefined }),
            end: fc.option(fc.integer({ min: 2018, max: 2025 }), { nil: undefined }),
          }),
          { maxLength: 2 * n - 1 },
        ),
      ),
    )
    .map(([actors, alliances]) => ({
      format: 'alliance-map/1',
      meta: { title: 'random' },
      nodes: actors.map((actor, i) => ({ id: `n${i}`, label: `n${i}`, ...actor })),
      edges: alliances.map(({ source, target, start, end, ...alliance }, i) => ({
        id: `e${i}`,
        source: `n${source}`,
        target: `n${target}`,
        relation: 'support',
        ...alliance,
        ...(start === undefined ? {} : { start: String(start) }),
        ...(end === undefined ? {} : { end: String(end) }),
      })),
    }));

  const randomFilters: fc.Arbitrary<Filters> = fc
    .record({
      sdg: fc.subarray(sdgs),
      region: fc.subarray(regions),
      national: fc.constantFrom('linked', 'all', 'none'),
      kind: fc.subarray(kinds),
      support: fc.subarray(supports),
      period: fc.option(fc.record({ from: fc.constantFrom(2019, null), to: fc.constantFrom(2021, null) }), { nil: null }),
      isolated: fc.constantFrom('hide', 'show'),
    })
    .map(filters);

  it('for every option of the SDG, region, kind and support facets', () => {
    fc.assert(
      fc.property(randomMap, randomFilters, (file, state) => {
        const randomGraph = buildGraph(file);
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
      }),
      { seed: 20261129 },
    );
  });
});
