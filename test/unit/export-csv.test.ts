import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout';
import type { DataFile } from '../../src/model/types';
import { CSV_BOM, CSV_DIALECTS, actorsCsv, alliancesCsv, csvCell, csvNumber, csvTable } from '../../src/export/csv';
import { roundCoordinate } from '../../src/export/data';
import { ACTOR_COLUMNS, ALLIANCE_COLUMNS } from '../../src/export/tables';
import { parseCsv } from './helpers/csv';
import { load, read, small } from './helpers/exportScene';

const FR = CSV_DIALECTS.fr;

/** Rows as objects keyed by the header, to read a cell by its column name. */
function records(text: string, separator = ','): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv(text.slice(1), separator);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

describe('CSV cells', () => {
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
    // A text that starts with the guard already gets one more, so the importer gives it back whole.
    expect(csvCell("'=1+1")).toBe(`"''=1+1"`);
    expect(csvCell("'hello")).toBe(`"'hello"`);
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

  it('French: ";" between cells and decimal commas; English: "," and decimal points', () => {
    expect(csvTable(['a', 'b'], [['x', -120.5]], FR)).toBe(`${CSV_BOM}"a";"b"\r\n"x";-120,5\r\n`);
    expect(csvNumber(20000.5, FR)).toBe('20000,5');
    expect(csvNumber(20000.5)).toBe('20000.5');
    // Three decimals would read as thousands in the other language: a trailing zero says decimal.
    expect(csvNumber(1.234, FR)).toBe('1,2340');
    expect(csvNumber(-0.125)).toBe('-0.1250');
    expect(csvNumber(1234)).toBe('1234');
  });
});

describe('CSV tables', () => {
  it('actors: BOM, the importer’s columns, lists joined with ;, positions, accents intact', () => {
    const positions = computeLayout(small.graph, { seed: 7 });
    const text = actorsCsv(small.graph, positions);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text.slice(1))[0]?.slice(0, ACTOR_COLUMNS.length)).toEqual(ACTOR_COLUMNS.map((column) => column.name));
    const rows = records(text);
    expect(rows).toHaveLength(small.file.nodes.length);
    const a = rows.find((row) => row.id === 'catalyseur-a');
    expect(a).toMatchObject({
      label: 'Association Exemple A',
      kind: 'catalyst',
      category: 'association',
      regions: '24',
      sdgs: '11;17',
      description: 'A fictional territorial catalyst.',
      url: 'https://example.org/a',
    });
    expect(Number(a?.x)).toBe(roundCoordinate(positions['catalyseur-a']?.x ?? NaN));
    expect(rows.find((row) => row.id === 'entreprise-d')?.regions).toBe('24;52');
    expect(rows.find((row) => row.id === 'collectivite-e')?.label).toBe('Collectivité Exemple E');
    // Free attributes have columns of their own.
    expect(Object.keys(a ?? {}).some((name) => name.startsWith('attributes.'))).toBe(true);
  });

  it('alliances: support and SDG lists, amounts as numbers; in French with decimal commas', () => {
    expect(parseCsv(alliancesCsv(small.graph, {}).slice(1))[0]?.slice(0, ALLIANCE_COLUMNS.length)).toEqual(
      ALLIANCE_COLUMNS.map((column) => column.name),
    );
    const data = JSON.parse(read('test/fixtures/valid/small.json')) as DataFile;
    data.edges[0]!.amount = 20000.5;
    const text = alliancesCsv(load(JSON.stringify(data)).graph, {}, { dialect: FR });
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF"id";"source";"target";"relation"/);
    expect(text).toContain(';20000,5;"EUR";');
    const funding = records(text, ';').find((row) => row.id === 'fonds-a-financement');
    expect(funding).toMatchObject({
      source: 'fonds-exemple',
      target: 'catalyseur-a',
      relation: 'funding',
      support: 'direct-funding;governance-dialogue;visibility',
      amount: '20000,5',
      start: '2021-05',
      end: '2022-06',
      sdgs: '17',
    });
  });

  it('a formula in the data reaches the spreadsheet as text', () => {
    const nasty = JSON.parse(read('test/fixtures/valid/small.json')) as DataFile;
    nasty.nodes[0]!.label = '=cmd|"/c calc"!A1';
    nasty.nodes[0]!.description = 'Line one, "quoted"\r\nline two';
    const row = records(actorsCsv(load(JSON.stringify(nasty)).graph, {})).find((candidate) => candidate.id === 'catalyseur-a');
    expect(row?.label).toBe(`'=cmd|"/c calc"!A1`);
    expect(row?.description).toBe('Line one, "quoted"\r\nline two');
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
