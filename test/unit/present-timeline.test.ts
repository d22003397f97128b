import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/filters';
import { emptyFilters } from '../../src/filters/types';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import {
  allianceYears,
  endedEdgeIds,
  nextTimelineYear,
  timelineFilters,
  timelineState,
  timelineView,
  timelineYearOf,
} from '../../src/present/timeline';
import { parseViewState } from '../../src/url-state';
import { fixtureGraph } from './helpers/filtersFixture';

// Fixture alliances (test/unit/helpers/filtersFixture.ts), by years:
//   e1 2021-05..2022-06   e2 2018..2019   e3 2020..(ongoing)   e4 (always)
//   e5 (no start)..2015   e6 2023-01..    e7 2024..2024        e8 2019..2021
const graph = fixtureGraph();
const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const odd17 = buildGraph(file);

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('allianceYears', () => {
  it('spans the years named by starts and ends', () => {
    expect(allianceYears(graph)).toEqual({ min: 2015, max: 2024 });
    expect(allianceYears(odd17)).toEqual({ min: 2007, max: 2022 });
  });

  it('is null when no alliance is dated', () => {
    const undated = buildGraph({
      format: 'alliance-map/1',
      meta: { title: 't' },
      nodes: [
        { id: 'a', label: 'A', kind: 'catalyst' },
        { id: 'b', label: 'B', kind: 'funder' },
      ],
      edges: [{ id: 'ab', source: 'a', target: 'b', relation: 'funding' }],
    });
    expect(allianceYears(undated)).toBeNull();
  });
});

describe('timelineState', () => {
  it('before any start: only the undated starts, nothing ended yet', () => {
    const state = timelineState(graph, 2010);
    expect(sorted(state.shown)).toEqual(['e4', 'e5']);
    expect(sorted(state.ended)).toEqual([]);
    expect(sorted(state.actors)).toEqual(['C1', 'G1', 'L1']);
  });

  it('an alliance is ended only after its end year', () => {
    expect(sorted(timelineState(graph, 2015).ended)).toEqual([]);
    expect(sorted(timelineState(graph, 2016).ended)).toEqual(['e5']);
    const at2019 = timelineState(graph, 2019);
    expect(sorted(at2019.shown)).toEqual(['e2', 'e4', 'e5', 'e8']);
    expect(sorted(at2019.ended)).toEqual(['e5']);
    expect(sorted(timelineState(graph, 2020).ended)).toEqual(['e2', 'e5']);
  });

  it('an alliance appears at its start year (the month does not matter)', () => {
    expect(timelineState(graph, 2020).shown.has('e1')).toBe(false);
    expect(timelineState(graph, 2021).shown.has('e1')).toBe(true);
    expect(timelineState(graph, 2022).ended.has('e1')).toBe(false);
    expect(timelineState(graph, 2023).ended.has('e1')).toBe(true);
    expect(timelineState(graph, 2022).shown.has('e6')).toBe(false);
    expect(timelineState(graph, 2023).shown.has('e6')).toBe(true);
  });

  it('open ends: ongoing alliances never end, alliances without a start are always shown', () => {
    const late = timelineState(graph, 2100);
    expect(sorted(late.shown)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
    expect(sorted(late.ended)).toEqual(['e1', 'e2', 'e5', 'e7', 'e8']);
    const early = timelineState(graph, 1900);
    expect(sorted(early.shown)).toEqual(['e4', 'e5']);
  });

  it('shows the ends of the shown alliances, ended ones included; actors without one are hidden', () => {
    const at2020 = timelineState(graph, 2020);
    expect(sorted(at2020.actors)).toEqual(['C1', 'F2', 'G1', 'H', 'L1', 'L2']);
    expect(timelineState(graph, 2100).actors.has('F3')).toBe(false); // F3 has no alliance at all
    expect(timelineState(graph, 2016).actors.has('C1')).toBe(true); // through e5 alone, which has ended
  });

  it('shows what the period filter -YEAR shows, year after year', () => {
    for (const [model, name] of [
      [graph, 'fixture'],
      [odd17, 'default dataset'],
    ] as const) {
      for (let year = 2000; year <= 2026; year += 1) {
        const state = timelineState(model, year);
        const visible = applyFilters(model, { ...emptyFilters(), period: { from: null, to: year } });
        expect(sorted(state.shown), `${name} ${year}`).toEqual(sorted(visible.visibleEdgeIds));
        expect(sorted(state.actors), `${name} ${year}`).toEqual(sorted(visible.visibleNodeIds));
      }
    }
  });

  it('grows the default dataset from the founding coalition', () => {
    const at2007 = timelineState(odd17, 2007);
    expect(at2007.shown.has('coalition-etat-vac-founding')).toBe(true);
    expect(at2007.shown.has('rameau-fonds-odd17-founding')).toBe(false);
    const at2023 = timelineState(odd17, 2023);
    expect(sorted(at2023.ended)).toEqual(['fonds-odd17-vac-engineering-2018-2019', 'fonds-odd17-vac-funding-2021-2022']);
  });
});

describe('endedEdgeIds', () => {
  it('keeps the ended alliances among the visible ones', () => {
    const visible = new Set(['e1', 'e2', 'e3', 'e4', 'nope']);
    expect(sorted(endedEdgeIds(graph, visible, 2023))).toEqual(['e1', 'e2']);
    expect(sorted(endedEdgeIds(graph, visible, 2019))).toEqual([]);
    expect(sorted(endedEdgeIds(graph, visible, null))).toEqual([]);
  });
});

describe('the timeline as a view', () => {
  it('is the period filter -YEAR', () => {
    expect(timelineView(2015)).toBe('period=-2015');
    const parsed = parseViewState(timelineView(2015));
    expect(parsed.dropped).toEqual([]);
    expect(parsed.state.filters.period).toEqual({ from: null, to: 2015 });
    expect(timelineYearOf(parsed.state.filters)).toBe(2015);
  });

  it('reads its year from a period with no lower bound only', () => {
    const filters = emptyFilters();
    expect(timelineYearOf(filters)).toBeNull();
    expect(timelineYearOf({ ...filters, period: { from: null, to: 2019 } })).toBe(2019);
    expect(timelineYearOf({ ...filters, period: { from: 2010, to: 2019 } })).toBeNull();
    expect(timelineYearOf({ ...filters, period: { from: 2010, to: null } })).toBeNull();
    expect(timelineYearOf({ ...filters, period: { from: null, to: null } })).toBeNull();
  });

  it('sets and clears the period, other filters kept', () => {
    const filters = { ...emptyFilters(), sdg: [17] };
    expect(timelineFilters(filters, 2012)).toEqual({ ...filters, period: { from: null, to: 2012 } });
    expect(timelineFilters({ ...filters, period: { from: 2000, to: 2001 } }, null)).toEqual(filters);
  });

  it('plays from the first year and stops after the last', () => {
    const span = { min: 2007, max: 2010 };
    expect(nextTimelineYear(null, span)).toBe(2007);
    expect(nextTimelineYear(2007, span)).toBe(2008);
    expect(nextTimelineYear(2009, span)).toBe(2010);
    expect(nextTimelineYear(2010, span)).toBeNull();
    expect(nextTimelineYear(1990, span)).toBe(2007);
    expect(nextTimelineYear(2030, span)).toBe(2007);
  });
});
