import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters, emptyFilters, type Filters } from '../../src/filters';
import { computeLayout } from '../../src/layout';
import { buildGraph, type AllianceGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { validateText } from '../../src/model/validate';
import type { Positions, Visibility } from '../../src/view/types';
import { exportDataFile, exportJson, roundCoordinate } from '../../src/export/data';
import { exportDate, exportFileName, slugify } from '../../src/export/fileNames';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function load(text: string): { file: DataFile; graph: AllianceGraph } {
  const { file, problems } = validateText(text, 'test.json');
  if (!file) throw new Error(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return { file, graph: buildGraph(file) };
}

function visibilityOf(graph: AllianceGraph, filters: Partial<Filters>): Visibility {
  const all = { ...emptyFilters(), ...filters };
  const visible = applyFilters(graph, all);
  return { visibleNodeIds: visible.visibleNodeIds, visibleEdgeIds: visible.visibleEdgeIds, filtered: all.filtered };
}

const seed = load(read('data/odd17-villes-au-carre.json'));
const small = load(read('test/fixtures/valid/small.json'));

/** Positions as a user leaves them: the layout's, with one actor dragged to an odd place. */
function handArranged(graph: AllianceGraph): Positions {
  const positions = computeLayout(graph, { seed: 7 });
  const first = graph.nodes()[0] ?? '';
  positions[first] = { x: 1234.5678, y: -0.04 };
  return positions;
}

describe('exportJson', () => {
  it('writes a valid alliance-map/1 file with the current positions rounded to 0.1', () => {
    const positions = handArranged(seed.graph);
    const text = exportJson(seed.file, seed.graph, positions);
    const { file, problems } = validateText(text, 'export.json');
    expect(problems).toEqual([]);
    expect(file?.nodes.map((node) => node.id)).toEqual(seed.file.nodes.map((node) => node.id));
    expect(file?.edges.map((edge) => edge.id)).toEqual(seed.file.edges.map((edge) => edge.id));
    for (const node of file?.nodes ?? []) {
      const at = positions[node.id];
      expect(node.x).toBe(roundCoordinate(at?.x ?? NaN));
      expect(node.y).toBe(roundCoordinate(at?.y ?? NaN));
      expect(Math.abs((node.x ?? NaN) - (at?.x ?? NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    const first = file?.nodes[0];
    expect([first?.x, first?.y]).toEqual([1234.6, 0]);
    expect(file?.meta).toEqual(seed.file.meta);
  });

  it('keeps every other field of the records as they were', () => {
    const text = exportJson(small.file, small.graph, handArranged(small.graph));
    const file = JSON.parse(text) as DataFile;
    const strip = (record: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'x' && key !== 'y'));
    expect(file.nodes.map((node) => strip({ ...node }))).toEqual(small.file.nodes.map((node) => strip({ ...node })));
    expect(file.edges).toEqual(small.file.edges);
    expect(file.stories).toEqual(small.file.stories);
  });

  it('re-opened, gives the same positions (the layout keeps preset ones)', () => {
    const positions = handArranged(small.graph);
    const again = load(exportJson(small.file, small.graph, positions));
    const laidOut = computeLayout(again.graph, { seed: 99 });
    for (const id of small.graph.nodes()) {
      expect(laidOut[id]?.x).toBeCloseTo(positions[id]?.x ?? NaN, 0);
      expect(Math.abs((laidOut[id]?.x ?? NaN) - (positions[id]?.x ?? NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs((laidOut[id]?.y ?? NaN) - (positions[id]?.y ?? NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('filtered: only visible actors and alliances, every alliance between kept actors, stories kept and valid', () => {
    const visibility = visibilityOf(small.graph, { sdg: [8, 1] });
    expect(visibility.visibleNodeIds.has('catalyseur-a')).toBe(false);
    const text = exportJson(small.file, small.graph, handArranged(small.graph), { filteredOnly: true, visibility });
    const { file, problems } = validateText(text, 'filtered.json');
    expect(problems).toEqual([]);
    expect(new Set(file?.nodes.map((node) => node.id))).toEqual(new Set(visibility.visibleNodeIds));
    expect(new Set(file?.edges.map((edge) => edge.id))).toEqual(new Set(visibility.visibleEdgeIds));
    const kept = new Set(file?.nodes.map((node) => node.id));
    for (const edge of file?.edges ?? []) expect(kept.has(edge.source) && kept.has(edge.target)).toBe(true);
    // The story is kept; its step focused on an actor left out keeps its filters without the focus.
    expect(file?.stories?.[0]?.steps.map((step) => step.view)).toEqual(['', 'sdg=17']);
  });

  it('filtered on the seed: the subset matches the visibility and validates', () => {
    const visibility = visibilityOf(seed.graph, { kind: ['catalyst', 'funder'] });
    const file = exportDataFile(seed.file, seed.graph, handArranged(seed.graph), { filteredOnly: true, visibility });
    expect(validateText(JSON.stringify(file), 'x.json').problems).toEqual([]);
    expect(file.nodes).toHaveLength(visibility.visibleNodeIds.size);
    expect(file.edges).toHaveLength(visibility.visibleEdgeIds.size);
  });

  it('writes the stories it is given', () => {
    const stories = [{ id: 'mine', title: 'Mon récit', steps: [{ title: 'Un', view: 'sdg=17' }] }];
    const file = JSON.parse(exportJson(small.file, small.graph, {}, { stories })) as DataFile;
    expect(file.stories).toEqual(stories);
  });

  it('refuses a filtered export without the visibility', () => {
    expect(() => exportJson(small.file, small.graph, {}, { filteredOnly: true })).toThrow(/visibility/);
  });
});

describe('file names', () => {
  it('carry the slugified title and the data date', () => {
    const meta = { title: 'Alliances de Villes au Carré et du Fonds ODD17', updated: '2026-11-29' };
    expect(slugify(meta.title)).toBe('alliances-de-villes-au-carre');
    expect(exportFileName(meta, 'png-1')).toBe('alliances-de-villes-au-carre-2026-11-29.png');
    expect(exportFileName(meta, 'png-2')).toBe('alliances-de-villes-au-carre-2026-11-29-2x.png');
    expect(exportFileName(meta, 'png-4')).toBe('alliances-de-villes-au-carre-2026-11-29-4x.png');
    expect(exportFileName(meta, 'svg')).toBe('alliances-de-villes-au-carre-2026-11-29.svg');
    expect(exportFileName(meta, 'json')).toBe('alliances-de-villes-au-carre-2026-11-29.json');
    expect(exportFileName(meta, 'csv-actors')).toBe('alliances-de-villes-au-carre-2026-11-29-acteurs.csv');
    expect(exportFileName(meta, 'csv-alliances')).toBe('alliances-de-villes-au-carre-2026-11-29-alliances.csv');
    expect(exportFileName(meta, 'gexf')).toBe('alliances-de-villes-au-carre-2026-11-29.gexf');
    expect(exportFileName(meta, 'graphml')).toBe('alliances-de-villes-au-carre-2026-11-29.graphml');
    expect(exportFileName(meta, 'html')).toBe('alliances-de-villes-au-carre-2026-11-29.html');
  });

  it('fall back on today without a data date, and on a default name without a usable title', () => {
    expect(exportDate({}, new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(exportDate({ updated: 'soon' }, new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(slugify('«»')).toBe('alliance-map');
    expect(slugify('Œuvres sociales & Co')).toBe('oeuvres-sociales-co');
  });
});
