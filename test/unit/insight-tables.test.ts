import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyFilters, applyFilters } from '../../src/filters';
import { computeMeasures } from '../../src/insight/measures';
import { topologyOf } from '../../src/insight/topology';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { filtersAfterBar, summaryCharts } from '../../src/ui/insight/summaryData';
import { actorColumns, actorRows, nextSort, sortRows } from '../../src/ui/insight/tableRows';
import { rowWindow, VIRTUALISE_ABOVE } from '../../src/ui/insight/useRowWindow';

const seed = JSON.parse(readFileSync('data/odd17-villes-au-carre.json', 'utf8')) as DataFile;
const graph = buildGraph(seed);
const measures = computeMeasures(topologyOf(graph));
const everyone = new Set(graph.nodes());
const columns = actorColumns('fr', '—');
const column = (key: string) => columns.find((candidate) => candidate.key === key)!;

describe('the actors table', () => {
  it('has one row per visible actor, limited by the filters', () => {
    expect(actorRows(graph, everyone, measures, 'fr')).toHaveLength(22);
    const funders = applyFilters(graph, { ...emptyFilters(), kind: ['funder'] }).visibleNodeIds;
    const rows = actorRows(graph, funders, measures, 'fr');
    expect(rows.map((row) => row.values.label).sort()).toEqual(['ADEME', 'Fonds ODD17']);
    expect(rows.map((row) => row.values.kind)).toEqual(['Financeur', 'Financeur']);
  });

  it('sorts numbers high first on a first click, reverses on a second; ties by name', () => {
    const rows = actorRows(graph, everyone, measures, 'fr');
    const first = nextSort(null, column('betweenness'));
    expect(first).toEqual({ key: 'betweenness', descending: true });
    const down = sortRows(rows, columns, first, 'fr').map((row) => row.values.label);
    // Hand-checked on the seed: Villes au Carré 199, Le RAMEAU 68, Fonds ODD17 57, every other 0.
    expect(down.slice(0, 3)).toEqual(['Villes au Carré', 'Le RAMEAU', 'Fonds ODD17']);
    const second = nextSort(first, column('betweenness'));
    expect(second.descending).toBe(false);
    const up = sortRows(rows, columns, second, 'fr').map((row) => row.values.label);
    expect(up.slice(-3)).toEqual(['Fonds ODD17', 'Le RAMEAU', 'Villes au Carré']);
    // The 0s come in name order, as a French reader sorts (case ignored: « Acteurs… » before « ADEME »).
    expect(up.slice(0, 2)).toEqual(['Acteurs de la plateforme de dialogue', 'ADEME']);
  });

  it('sorts names A to Z on a first click', () => {
    const rows = actorRows(graph, everyone, measures, 'fr');
    const sorted = sortRows(rows, columns, nextSort(null, column('label')), 'fr').map((row) => String(row.values.label));
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true })));
    expect(sorted.slice(0, 2)).toEqual(['Acteurs de la plateforme de dialogue', 'ADEME']);
  });
});

describe('the window of rows of a long table', () => {
  it('draws every row up to 1,000', () => {
    expect(rowWindow(VIRTUALISE_ABOVE, 5000, 600)).toEqual({ virtual: false, start: 0, end: 1000, before: 0, after: 0 });
  });

  it('draws only the rows in view (and a margin) of 10,000, with room for the rest', () => {
    const window = rowWindow(10_000, 32 * 5000, 640);
    expect(window.virtual).toBe(true);
    expect(window.start).toBeLessThanOrEqual(5000);
    expect(window.end).toBeGreaterThanOrEqual(5020);
    expect(window.end - window.start).toBeLessThan(60);
    expect(window.before + (window.end - window.start) * 32 + window.after).toBe(10_000 * 32);
  });
});

describe('the summary charts', () => {
  it('count actors by kind on the view, and a bar adds its value to the filter', () => {
    const visibility = { visibleNodeIds: everyone, visibleEdgeIds: new Set(graph.edges()), filtered: 'hide' as const };
    const charts = summaryCharts(graph, visibility, emptyFilters(), 'fr', 'sans date');
    const byKind = charts.find((chart) => chart.id === 'byKind')!;
    expect(byKind.bars.find((bar) => bar.key === 'funder')?.value).toBe(2);
    expect(byKind.bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(22);
    const after = filtersAfterBar(emptyFilters(), { type: 'kind', value: 'funder' });
    expect(after.kind).toEqual(['funder']);
    expect(filtersAfterBar(after, { type: 'kind', value: 'funder' }).kind).toEqual(['funder']);
    expect(filtersAfterBar(emptyFilters(), { type: 'period', year: 2021 }).period).toEqual({ from: 2021, to: 2021 });
  });
});
