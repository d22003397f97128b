import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { buildSearchIndex, excerpt, foldText, normalizeText, searchActors, searchSdgs } from '../../src/search';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const graph = buildGraph(file);
const fr = buildSearchIndex(graph, 'fr');
const en = buildSearchIndex(graph, 'en');

const ids = (query: string, index = fr, limit?: number) => searchActors(index, query, limit).map((match) => match.id);

describe('normalizeText', () => {
  it('lowercases and strips accents and diacritics', () => {
    expect(normalizeText('Réseau Oxygène')).toBe('reseau oxygene');
    expect(normalizeText('ÉTAT')).toBe('etat');
    expect(normalizeText('Villes au Carré')).toBe('villes au carre');
    expect(normalizeText('Cœur de Ville')).toBe('coeur de ville');
  });

  it('strips combining marks typed apart (NFD input)', () => {
    expect(normalizeText('Re\u0301seau')).toBe('reseau');
  });

  it('turns runs of spaces and punctuation into one space, and trims', () => {
    expect(normalizeText('  Faim « zéro »  ')).toBe('faim zero');
    expect(normalizeText("l’ingénierie d'alliance")).toBe('l ingenierie d alliance');
    expect(normalizeText('Centre-Val   de\tLoire')).toBe('centre val de loire');
    expect(normalizeText('Club contrat de ville / Pros des villes')).toBe('club contrat de ville pros des villes');
    expect(normalizeText('« »  -')).toBe('');
  });

  it('keeps where each folded character came from', () => {
    const folded = foldText('« Réseau »');
    expect(folded.text).toBe('reseau');
    expect(folded.offsets).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe('searchActors on the default dataset', () => {
  it('finds labels whatever the accents and case', () => {
    expect(ids('reseau')[0]).toBe('reseau-oxygene');
    expect(ids('ademe')[0]).toBe('ademe');
    expect(ids('ADEME')[0]).toBe('ademe');
    expect(ids('villes au carre')[0]).toBe('villes-au-carre');
    expect(ids('Villes au Carré')[0]).toBe('villes-au-carre');
    expect(ids('etat')[0]).toBe('coalition-etat');
  });

  it('returns id, localised label, kind and matched text', () => {
    const [match] = searchActors(en, 'fonds odd17');
    expect(match).toMatchObject({
      id: 'fonds-odd17',
      label: 'SDG17 Fund (Fonds ODD17)',
      kind: 'funder',
      matchedText: 'Fonds ODD17',
      field: 'otherLabel',
    });
    expect(searchActors(fr, 'fonds odd17')[0]).toMatchObject({ label: 'Fonds ODD17', field: 'label' });
  });

  it('matches labels in every language', () => {
    expect(ids('totalenergies foundation')[0]).toBe('fondation-totalenergies');
    expect(ids('link weavers')[0]).toBe('tisseurs-de-liens');
  });

  it('ranks words starting with the query above the query inside a word', () => {
    // "Réseau Oxygène", "Réseau des catalyseurs", "Réseaux de professionnels" start with it;
    // RNCRPV only has it inside its description.
    const found = ids('reseau', fr, 20);
    expect(found.slice(0, 3).sort()).toEqual(['coalition-reseaux-professionnels', 'reseau-des-catalyseurs', 'reseau-oxygene']);
    expect(found.indexOf('rncrpv')).toBeGreaterThan(2);
  });

  it('ranks a label match above a description match', () => {
    const found = searchActors(fr, 'villes au carre', 20);
    expect(found[0]?.id).toBe('villes-au-carre');
    expect(found[1]?.id).toBe('adherents-villes-au-carre');
    const described = found.find((match) => match.id === 'ademe');
    expect(described?.field).toBe('description');
    expect(described?.matchedText).toContain('Villes au Carré');
  });

  it('matches categories and group notes', () => {
    expect(ids('reseau regional')).toContain('club-contrat-de-ville');
    const bailleurs = searchActors(fr, 'non nommes', 20);
    expect(bailleurs.map((match) => match.id)).toContain('adherents-villes-au-carre');
    expect(bailleurs.every((match) => match.field === 'members' || match.field === 'description')).toBe(true);
  });

  it('shows an excerpt around a match in a long description', () => {
    const match = searchActors(fr, 'yves dauge')[0];
    expect(match?.id).toBe('villes-au-carre');
    expect(match?.field).toBe('description');
    expect(match?.matchedText).toContain('Yves Dauge');
    expect(match?.matchedText.length).toBeLessThan(120);
    expect(match?.matchedText.startsWith('…')).toBe(true);
  });

  it('suggests from the first character, on word starts only', () => {
    const found = searchActors(fr, 'p', 20);
    expect(found.map((match) => match.id)).toContain('persee3c');
    expect(found.length).toBeGreaterThan(0);
    for (const match of found) expect(normalizeText(match.matchedText)).toMatch(/(^| )p/);
  });

  it('honours the limit, 8 by default', () => {
    expect(searchActors(fr, 'a').length).toBe(8);
    expect(searchActors(fr, 'a', 3).length).toBe(3);
    expect(searchActors(fr, 'a', 0)).toEqual([]);
  });

  it('returns nothing for an empty, blank or unknown query', () => {
    expect(searchActors(fr, '')).toEqual([]);
    expect(searchActors(fr, ' « » ')).toEqual([]);
    expect(searchActors(fr, 'zzzzqx')).toEqual([]);
  });
});

describe('searchActors on small cases', () => {
  const small = buildGraph({
    format: 'alliance-map/1',
    meta: { title: 't' },
    nodes: [
      { id: 'a', label: 'Maison des associations', kind: 'local-actor' },
      { id: 'b', label: 'Association Maison', kind: 'local-actor' },
      { id: 'c', label: 'Cartomaison', kind: 'local-actor' },
      { id: 'd', label: 'Autre', kind: 'funder', description: 'Finance la maison.' },
      { id: 'e', label: 'Maison', kind: 'funder' },
    ],
    edges: [],
  });
  const index = buildSearchIndex(small, 'fr');

  it('orders exact, start, word start, inside a word, description', () => {
    expect(searchActors(index, 'maison').map((match) => match.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('matches every word of a query in any order', () => {
    expect(
      searchActors(index, 'maison association')
        .map((match) => match.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(searchActors(index, 'associations maison').map((match) => match.id)).toEqual(['a']);
  });
});

describe('excerpt', () => {
  it('keeps short texts whole', () => {
    expect(excerpt('Court.', 0, 5)).toBe('Court.');
  });
});

describe('searchSdgs', () => {
  const numbers = (query: string, lang: 'fr' | 'en' = 'fr') => searchSdgs(query, lang).map((suggestion) => suggestion.number);

  it('reads goal numbers in every usual form', () => {
    for (const query of ['ODD 13', 'odd13', 'SDG 13', 'sdg13', 'sdg-13', 'Objectif 13', '13']) expect(numbers(query)).toEqual([13]);
    expect(numbers('ODD 18')).toEqual([]);
    expect(numbers('odd 0')).toEqual([]);
  });

  it('labels the suggestion in the interface language', () => {
    expect(searchSdgs('odd 13', 'fr')[0]).toEqual({
      type: 'sdg',
      number: 13,
      label: 'Mesures relatives à la lutte contre les changements climatiques',
      matchedText: 'ODD 13',
    });
    expect(searchSdgs('odd 13', 'en')[0]).toMatchObject({ label: 'Climate Action', matchedText: 'SDG 13' });
  });

  it('finds goals by their names and aliases, in French and English', () => {
    expect(numbers('Climat')).toEqual([13]);
    expect(numbers('faim zero')).toEqual([2]);
    expect(numbers('Faim « zéro »')).toEqual([2]);
    expect(numbers('zéro faim')).toEqual([2]);
    expect(numbers('zero hunger')).toEqual([2]);
    expect(numbers('égalité des genres')).toEqual([5]);
    expect(numbers('energie propre et abordable')).toEqual([7]);
    expect(numbers('odd climat')).toEqual([13]);
    expect(searchSdgs('zero faim', 'fr')[0]?.matchedText).toBe('Zéro faim');
  });

  it('ranks names that start with the query first', () => {
    expect(numbers('vie')).toEqual([14, 15]);
    expect(numbers('partenariats')[0]).toBe(17);
  });

  it('ignores short or unknown words', () => {
    expect(numbers('de')).toEqual([]);
    expect(numbers('reseau')).toEqual([]);
    expect(numbers('')).toEqual([]);
  });
});
