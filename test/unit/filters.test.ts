import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { applyFilters, applyFocus } from '../../src/filters/apply';
import { countSummary } from '../../src/filters/counts';
import { actorSdgIndex, overlapsPeriod, yearOf } from '../../src/filters/predicates';
import { emptyFilters, hasActiveFilters, isAllianceFilterActive, type Filters, type VisibleSets } from '../../src/filters/types';
import { SCOPES } from '../../src/domain/regions';
import type { AllianceGraph } from '../../src/model/graph';
import { ALL_ACTORS, ALL_ALLIANCES, filters, fixtureGraph, sorted } from './helpers/filtersFixture';

const graph = fixtureGraph();

function visible(overrides: Partial<Filters>): { nodes: string[]; edges: string[]; pass: string[] } {
  const result = applyFilters(graph, filters(overrides));
  return { nodes: sorted(result.visibleNodeIds), edges: sorted(result.visibleEdgeIds), pass: sorted(result.actorPass) };
}

const ids = (...list: string[]): string[] => [...list].sort();

describe('filter state helpers', () => {
  it('starts empty', () => {
    expect(emptyFilters()).toEqual({
      sdg: [],
      region: [],
      national: 'linked',
      kind: [],
      support: [],
      period: null,
      isolated: 'hide',
      filtered: 'hide',
    });
    expect(hasActiveFilters(emptyFilters())).toBe(false);
  });

  it('tells which filters are active', () => {
    expect(hasActiveFilters(filters({ sdg: [13] }))).toBe(true);
    expect(isAllianceFilterActive(filters({ sdg: [13] }))).toBe(false);
    expect(isAllianceFilterActive(filters({ support: ['data'] }))).toBe(true);
    expect(isAllianceFilterActive(filters({ period: { from: 2020, to: null } }))).toBe(true);
    expect(isAllianceFilterActive(filters({ period: { from: null, to: null } }))).toBe(false);
    expect(hasActiveFilters(filters({ national: 'none', isolated: 'show', filtered: 'fade' }))).toBe(false);
  });
});

describe('applyFilters: no filter', () => {
  it('shows every actor and alliance', () => {
    expect(visible({})).toEqual({ nodes: ids(...ALL_ACTORS), edges: ids(...ALL_ALLIANCES), pass: ids(...ALL_ACTORS) });
  });
});

describe('applyFilters: SDG', () => {
  it('counts the SDGs of an actor’s alliances as its own', () => {
    // C1 has 13 through e2, L1 only through e2, F2 on its own; e7 joins C1 and L1 too.
    expect(visible({ sdg: [13] })).toMatchObject({ nodes: ids('C1', 'F2', 'L1'), edges: ids('e2', 'e7') });
  });

  it('combines options of one filter with OR', () => {
    expect(visible({ sdg: [13, 4] })).toMatchObject({ nodes: ids('C1', 'F2', 'L1', 'L2'), edges: ids('e2', 'e3', 'e7') });
  });

  it('keeps the SDGs of alliances that other filters hide', () => {
    // L1 gets 13 from e2, which support=data hides; L1 still passes, so e7 (data) is visible.
    expect(visible({ sdg: [13], support: ['data'] })).toEqual({ nodes: ids('C1', 'L1'), edges: ['e7'], pass: ids('C1', 'F2', 'L1') });
  });
});

describe('applyFilters: kind and AND across filters', () => {
  it('filters by a custom kind', () => {
    expect(visible({ kind: ['network'] })).toMatchObject({ nodes: ['N1'], edges: [] });
  });

  it('combines filters with AND', () => {
    expect(visible({ sdg: [17], kind: ['catalyst'] })).toMatchObject({ nodes: ['C1'], edges: [] });
    expect(visible({ sdg: [17], kind: ['catalyst', 'funder'] })).toMatchObject({ nodes: ids('C1', 'F1'), edges: ['e1'] });
  });
});

describe('applyFilters: region and national actors', () => {
  it('linked (default): keeps national actors allied to an actor of a selected region', () => {
    // F1 is allied to C1 (24); F2 only to L2 (11); F3 has no alliance; H's partner G1 is in 53.
    expect(visible({ region: ['24'] })).toMatchObject({ nodes: ids('C1', 'L1', 'F1'), edges: ids('e1', 'e2', 'e7') });
    expect(visible({ region: ['11'] })).toMatchObject({ nodes: ids('L2', 'F2'), edges: ['e3'] });
  });

  it('linked: the partner need only hold a selected region, not pass the other filters', () => {
    // C1 is a catalyst and fails kind=funder, yet F1 passes the region filter through it.
    expect(visible({ region: ['24'], kind: ['funder'] })).toMatchObject({ nodes: ['F1'], edges: [] });
  });

  it('all: keeps every national actor', () => {
    expect(visible({ region: ['24'], national: 'all' })).toMatchObject({
      nodes: ids('C1', 'L1', 'F1', 'F2', 'F3', 'H'),
      edges: ids('e1', 'e2', 'e7'),
    });
  });

  it('none: keeps no national actor', () => {
    expect(visible({ region: ['24'], national: 'none' })).toMatchObject({ nodes: ids('C1', 'L1'), edges: ids('e2', 'e7') });
  });

  it('FR selected: every national actor passes, whatever national says', () => {
    const expected = { nodes: ids('C1', 'L1', 'F1', 'F2', 'F3', 'H'), edges: ids('e1', 'e2', 'e7') };
    expect(visible({ region: ['24', 'FR'], national: 'none' })).toMatchObject(expected);
    expect(visible({ region: ['24', 'FR'], national: 'linked' })).toMatchObject(expected);
    expect(visible({ region: ['FR'], national: 'none' })).toMatchObject({ nodes: ids('F1', 'F2', 'F3', 'H'), edges: [] });
  });

  it('an actor holding FR and a selected region passes by that region', () => {
    expect(visible({ region: ['53'], national: 'none' })).toMatchObject({ nodes: ids('G1', 'H'), edges: ['e8'] });
  });

  it('an actor without regions fails an active region filter', () => {
    const everyScope = SCOPES.map((scope) => scope.code);
    expect(visible({ region: everyScope })).toMatchObject({
      nodes: ids(...ALL_ACTORS.filter((id) => id !== 'N1')),
      edges: ids('e1', 'e2', 'e3', 'e4', 'e5', 'e7', 'e8'),
    });
  });
});

describe('applyFilters: alliance filters and isolated actors', () => {
  it('support: shows the ends of passing alliances only (isolated=hide)', () => {
    expect(visible({ support: ['direct-funding'] })).toEqual({
      nodes: ids('F1', 'C1', 'F2', 'L2'),
      edges: ids('e1', 'e3'),
      pass: ids(...ALL_ACTORS),
    });
  });

  it('support with isolated=show keeps the rest of A', () => {
    expect(visible({ support: ['direct-funding'], isolated: 'show' })).toMatchObject({ nodes: ids(...ALL_ACTORS), edges: ids('e1', 'e3') });
  });

  it('support options combine with OR', () => {
    expect(visible({ support: ['visibility', 'tools-resources'] })).toMatchObject({ nodes: ids('C1', 'G1', 'H'), edges: ids('e5', 'e8') });
  });

  it('an alliance needs both ends in A', () => {
    // networks: e2 (C1 -> L1) and e6 (N1 -> C1); only C1 and H are catalysts.
    expect(visible({ support: ['networks'], kind: ['catalyst'] })).toEqual({ nodes: [], edges: [], pass: ids('C1', 'H') });
    expect(visible({ support: ['networks'], kind: ['catalyst'], isolated: 'show' })).toMatchObject({ nodes: ids('C1', 'H'), edges: [] });
  });

  it('isolated does not matter without an alliance filter', () => {
    expect(visible({ sdg: [13], isolated: 'hide' })).toMatchObject({ nodes: ids('C1', 'F2', 'L1') });
  });

  it('filtered=fade gives the same visible sets as hide', () => {
    expect(visible({ support: ['direct-funding'], filtered: 'fade' })).toMatchObject({
      nodes: ids('F1', 'C1', 'F2', 'L2'),
      edges: ids('e1', 'e3'),
    });
  });

  it('can leave nothing visible', () => {
    expect(visible({ sdg: [1] })).toEqual({ nodes: [], edges: [], pass: [] });
    expect(visible({ support: ['governance-dialogue'], isolated: 'show', kind: ['nobody'] })).toEqual({ nodes: [], edges: [], pass: [] });
  });
});

describe('applyFilters: period', () => {
  it('closed range, ends inclusive', () => {
    // e2 2018-2019, e4 always, e8 2019-2021 (starts on the last year).
    expect(visible({ period: { from: 2018, to: 2019 } })).toMatchObject({
      nodes: ids('C1', 'L1', 'G1', 'H'),
      edges: ids('e2', 'e4', 'e8'),
    });
  });

  it('open-ended filter 2022- (to=null)', () => {
    // e1 ends 2022-06, e3 and e6 are ongoing, e4 is always, e7 is 2024.
    expect(visible({ period: { from: 2022, to: null } })).toMatchObject({
      nodes: ids('F1', 'C1', 'F2', 'L2', 'L1', 'G1', 'N1'),
      edges: ids('e1', 'e3', 'e4', 'e6', 'e7'),
    });
  });

  it('open-started filter -2015 (from=null)', () => {
    // e5 has no start and ends 2015; e4 has no dates at all.
    expect(visible({ period: { from: null, to: 2015 } })).toMatchObject({ nodes: ids('C1', 'L1', 'G1'), edges: ids('e4', 'e5') });
  });

  it('compares YYYY-MM dates by year', () => {
    expect(visible({ period: { from: 2021, to: 2021 } }).edges).toEqual(ids('e1', 'e3', 'e4', 'e8'));
    expect(visible({ period: { from: 2022, to: 2022 } }).edges).toEqual(ids('e1', 'e3', 'e4'));
    expect(visible({ period: { from: 2023, to: 2023 } }).edges).toEqual(ids('e3', 'e4', 'e6'));
  });

  it('combines with support (AND)', () => {
    expect(visible({ support: ['direct-funding'], period: { from: 2023, to: null } })).toMatchObject({
      nodes: ids('F2', 'L2'),
      edges: ['e3'],
    });
  });

  it('overlapsPeriod and yearOf on edge cases', () => {
    const alliance = { id: 'a', source: 's', target: 't', relation: 'support' };
    expect(yearOf('2021-05')).toBe(2021);
    expect(yearOf('2021')).toBe(2021);
    expect(yearOf('21')).toBeNull();
    expect(yearOf(undefined)).toBeNull();
    expect(overlapsPeriod({ ...alliance, start: '2020', end: '2020' }, { from: 2020, to: 2020 })).toBe(true);
    expect(overlapsPeriod({ ...alliance, start: '2020-12', end: '2021-01' }, { from: 2019, to: 2019 })).toBe(false);
    expect(overlapsPeriod({ ...alliance, start: '2020-12' }, { from: null, to: 2020 })).toBe(true);
    expect(overlapsPeriod({ ...alliance, start: '2021-01' }, { from: null, to: 2020 })).toBe(false);
    expect(overlapsPeriod({ ...alliance, end: '1999-12' }, { from: 2000, to: null })).toBe(false);
    expect(overlapsPeriod(alliance, { from: 3000, to: 3000 })).toBe(true);
  });
});

describe('group nodes and counts', () => {
  it('counts a group node as one actor', () => {
    expect(countSummary(graph, applyFilters(graph, filters({ region: ['53'], national: 'none' })))).toEqual({
      nodes: 9,
      edges: 8,
      visibleNodes: 2,
      visibleEdges: 1,
    });
  });

  it('summarises the whole map', () => {
    expect(countSummary(graph, applyFilters(graph, emptyFilters()))).toEqual({ nodes: 9, edges: 8, visibleNodes: 9, visibleEdges: 8 });
  });

  it('handles an empty graph', () => {
    const empty: AllianceGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    const result = applyFilters(empty, filters({ sdg: [13], support: ['data'] }));
    expect(countSummary(empty, result)).toEqual({ nodes: 0, edges: 0, visibleNodes: 0, visibleEdges: 0 });
  });
});

describe('applyFocus', () => {
  const all = (): VisibleSets => applyFilters(graph, emptyFilters());
  const focus = (base: VisibleSets, id: string | null, depth: 1 | 2): { nodes: string[]; edges: string[] } => {
    const result = applyFocus(graph, base, id, depth);
    return { nodes: sorted(result.visibleNodeIds), edges: sorted(result.visibleEdgeIds) };
  };

  it('depth 1: the actor, its neighbours in either direction, and the alliances between them', () => {
    expect(focus(all(), 'C1', 1)).toEqual({ nodes: ids('C1', 'F1', 'L1', 'G1', 'N1'), edges: ids('e1', 'e2', 'e4', 'e5', 'e6', 'e7') });
    // G1 only has incoming alliances.
    expect(focus(all(), 'G1', 1)).toEqual({ nodes: ids('G1', 'L1', 'C1', 'H'), edges: ids('e2', 'e4', 'e5', 'e7', 'e8') });
    expect(focus(all(), 'H', 1)).toEqual({ nodes: ids('H', 'G1'), edges: ['e8'] });
  });

  it('depth 2 reaches neighbours of neighbours', () => {
    expect(focus(all(), 'H', 2)).toEqual({ nodes: ids('H', 'G1', 'L1', 'C1'), edges: ids('e2', 'e4', 'e5', 'e7', 'e8') });
  });

  it('walks visible alliances only', () => {
    const base = applyFilters(graph, filters({ support: ['visibility', 'tools-resources'] }));
    expect(focus(base, 'H', 1)).toEqual({ nodes: ids('H', 'G1'), edges: ['e8'] });
    expect(focus(base, 'H', 2)).toEqual({ nodes: ids('H', 'G1', 'C1'), edges: ids('e5', 'e8') });
  });

  it('an isolated focused actor stays alone', () => {
    expect(focus(all(), 'F3', 2)).toEqual({ nodes: ['F3'], edges: [] });
  });

  it('a focused actor hidden by the filters leaves nothing visible', () => {
    const base = applyFilters(graph, filters({ kind: ['funder'] }));
    expect(focus(base, 'C1', 2)).toEqual({ nodes: [], edges: [] });
  });

  it('no focus, or an unknown actor: unchanged', () => {
    const base = applyFilters(graph, filters({ kind: ['funder'] }));
    expect(focus(base, null, 1)).toEqual({ nodes: ids('F1', 'F2', 'F3'), edges: [] });
    expect(focus(base, 'nobody', 1)).toEqual({ nodes: ids('F1', 'F2', 'F3'), edges: [] });
  });
});

describe('actorSdgIndex', () => {
  it('gives each actor its own goals and those of its alliances either way, once each, in increasing order', () => {
    const index = actorSdgIndex(fixtureGraph());
    expect(Object.fromEntries(index)).toEqual({
      C1: [11, 13, 17],
      F1: [17],
      F2: [13],
      F3: [],
      L1: [13],
      L2: [4],
      G1: [11],
      N1: [17],
      H: [],
    });
  });
});
