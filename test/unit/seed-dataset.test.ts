// The bundled map against the document it is built from (test/fixtures/seed/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORT_CODES } from '../../src/domain/supportForms';
import { provenanceOf, provenanceSummary } from '../../src/model/provenance';
import type { DataFile } from '../../src/model/types';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const seedText = read('test/fixtures/seed/partenaires-odd17-villes-au-carre.txt');
const file = JSON.parse(read('data/odd17-villes-au-carre.json')) as DataFile;
const elements = [...file.nodes, ...file.edges];

describe('the bundled map and its source document', () => {
  it('quotes the document verbatim, in readings too', () => {
    const quotes = elements.flatMap((element) => (element.sources ?? []).flatMap((ref) => (ref.quote === undefined ? [] : [ref.quote])));
    expect(quotes.length).toBeGreaterThan(100);
    expect(quotes.filter((quote) => !seedText.includes(quote))).toEqual([]);
  });

  it('draws all 7 forms of support from the Fund to Villes au Carré, engineering dated 2018-2019', () => {
    const fundToVac = file.edges.filter((edge) => edge.source === 'fonds-odd17' && edge.target === 'villes-au-carre');
    expect(new Set(fundToVac.flatMap((edge) => edge.support ?? []))).toEqual(new Set(SUPPORT_CODES));
    const engineering = fundToVac.find((edge) => edge.support?.includes('engineering'));
    expect(engineering).toMatchObject({ support: ['engineering'], start: '2018', end: '2019' });
    // Le RAMEAU's exchanges with Villes au Carré carry no form of support.
    expect(file.edges.filter((edge) => edge.source === 'le-rameau' && edge.target === 'villes-au-carre')).toMatchObject([
      { relation: 'exchanges', start: '2018' },
    ]);
    expect(file.edges.some((edge) => edge.source === 'le-rameau' && edge.support?.includes('engineering'))).toBe(false);
  });

  it('runs the introductions from the Fund to PERSEE3C and Malakoff Humanis', () => {
    const introductions = file.edges.filter((edge) => edge.relation === 'introduction');
    expect(introductions.map((edge) => [edge.source, edge.target])).toEqual([
      ['fonds-odd17', 'persee3c'],
      ['fonds-odd17', 'malakoff-humanis'],
    ]);
    for (const edge of introductions) expect(edge.description).toContain('Villes au Carré');
  });

  it('states SDG 17 wherever it is drawn, except one marked reading, and reads every other SDG', () => {
    const standings = elements.flatMap((element) =>
      (element.sdgs ?? []).map((sdg) => `${element.id} ${sdg} ${provenanceOf(element.sources, 'sdgs', sdg).standing}`),
    );
    const notStated17 = standings.filter((line) => line.endsWith(' 17 reading') || line.endsWith(' 17 none'));
    expect(notStated17).toEqual(['vac-reseau-catalyseurs-membership 17 reading']);
    expect(standings.filter((line) => !/ 17 /.test(line) && !line.endsWith(' reading'))).toEqual([]);
    // sdg=13 keeps some actors but not all.
    expect(standings.filter((line) => / 13 /.test(line)).length).toBeGreaterThan(0);
  });

  it('gives every fact of every actor and alliance a quote or a reading', () => {
    const summary = provenanceSummary(file);
    expect(summary.gaps).toEqual([]);
    expect(summary.readings).toBeGreaterThan(0);
  });

  it('names its source as the document does', () => {
    expect(file.meta.sources).toEqual([{ id: 'seed', title: 'PARTENAIRES' }]);
    expect(seedText.trimStart().startsWith('PARTENAIRES')).toBe(true);
  });
});
