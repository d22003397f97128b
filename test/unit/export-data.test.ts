import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters, emptyFilters, type Filters } from '../../src/filters';
import { computeLayout } from '../../src/layout';
import { buildGraph, type AllianceGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { validateText } from '../../src/model/validate';
import type { Positions, Visibility } from '../../src/view/types';
import {
  ACTOR_COLUMNS,
  ALLIANCE_COLUMNS,
  CSV_BOM,
  actorsCsv,
  alliancesCsv,
  csvCell,
  csvTable,
  exportDataFile,
  exportJson,
  roundCoordinate,
} from '../../src/export/data';
import { exportDate, exportFileName, slugify } from '../../src/export/fileNames';
import { parseCsv } from './helpers/csv';

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

describe('CSV', () => {
  it('quotes as RFC 4180 says and guards against formulas', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+33 1 23')).toBe(`"'+33 1 23"`);
    expect(csvCell('-2 ans')).toBe(`"'-2 ans"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    // A ";" never splits a cell for a spreadsheet that reads ";" as the separator.
    expect(csvCell('x;=1+1')).toBe('"x;=1+1"');
    expect(csvCell(-40.5)).toBe('-40.5'); // numbers stay numbers, unquoted
    expect(csvCell('-120,5')).toBe('"-120,5"'); // and text that is a number gets no apostrophe
    expect(csvCell('\u2212120,5')).toBe('"\u2212120,5"');
    expect(csvCell('-1.5e3')).toBe('"-1.5e3"');
    expect(csvCell('')).toBe('""');
    expect(csvCell(undefined)).toBe('');
    expect(csvTable(['a', 'b'], [['1', 2]])).toBe(`${CSV_BOM}"a","b"\r\n"1",2\r\n`);
  });

  it('actors: BOM, the columns asked for, lists joined with ;, positions, accents intact', () => {
    const positions = handArranged(small.graph);
    const text = actorsCsv(small.graph, positions);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...ACTOR_COLUMNS]);
    expect(rows).toHaveLength(small.file.nodes.length + 1);
    const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
    const a = byId.get('catalyseur-a');
    expect(a?.slice(1, 8)).toEqual([
      'Association Exemple A',
      'catalyst',
      'association',
      '24',
      '11;17',
      'A fictional territorial catalyst.',
      'https://example.org/a',
    ]);
    expect(Number(a?.[8])).toBe(roundCoordinate(positions['catalyseur-a']?.x ?? NaN));
    expect(byId.get('entreprise-d')?.[4]).toBe('24;52');
    expect(byId.get('collectivite-e')?.[1]).toBe('Collectivité Exemple E');
  });

  it('alliances: the columns asked for, support and SDG lists, amounts as numbers', () => {
    const rows = parseCsv(alliancesCsv(small.graph, {}).slice(1));
    expect(rows[0]).toEqual([...ALLIANCE_COLUMNS]);
    expect(rows).toHaveLength(small.file.edges.length + 1);
    const funding = rows.find((row) => row[0] === 'fonds-a-financement');
    expect(funding).toEqual([
      'fonds-a-financement',
      'fonds-exemple',
      'catalyseur-a',
      'funding',
      'direct-funding;governance-dialogue;visibility',
      '20000',
      'EUR',
      '2021-05',
      '2022-06',
      '17',
      'Fictional multi-form support.',
    ]);
  });

  it('a formula in the data reaches the spreadsheet as text', () => {
    const nasty = JSON.parse(read('test/fixtures/valid/small.json')) as DataFile;
    nasty.nodes[0]!.label = '=cmd|"/c calc"!A1';
    nasty.nodes[0]!.description = 'Line one, "quoted"\r\nline two';
    const data = load(JSON.stringify(nasty));
    const rows = parseCsv(actorsCsv(data.graph, {}).slice(1));
    const row = rows.find((candidate) => candidate[0] === 'catalyseur-a');
    expect(row?.[1]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row?.[6]).toBe('Line one, "quoted"\r\nline two');
  });

  it('a ";" in a text cell never opens a formula cell in a spreadsheet that splits on ";"', () => {
    const nasty = JSON.parse(read('test/fixtures/valid/small.json')) as DataFile;
    nasty.nodes[0]!.description = 'x;=1+1';
    nasty.nodes[0]!.category = 'a;@SUM(1)';
    const rows = parseCsv(actorsCsv(load(JSON.stringify(nasty)).graph, {}).slice(1), ';');
    expect(rows.flat().filter((cell) => /^[=+@]/.test(cell))).toEqual([]);
    expect(rows.flat().join('\n')).toContain('x;=1+1');
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
    expect(exportFileName(meta, 'html')).toBe('alliances-de-villes-au-carre-2026-11-29.html');
  });

  it('fall back on today without a data date, and on a default name without a usable title', () => {
    expect(exportDate({}, new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(exportDate({ updated: 'soon' }, new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(slugify('«»')).toBe('alliance-map');
    expect(slugify('Œuvres sociales & Co')).toBe('oeuvres-sociales-co');
  });
});
