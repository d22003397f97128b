import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportOutcome } from '../../src/import/run';
import type { DataFile } from '../../src/model/types';

const DIR = 'test/fixtures/import';

async function importFiles(...names: string[]): Promise<ImportOutcome> {
  return runImport(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${DIR}/${name}`)) })));
}

async function converted(...names: string[]) {
  const outcome = await importFiles(...names);
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason} ${outcome.detail}`);
  return outcome.conversion;
}

const actor = (file: DataFile, label: string) => file.nodes.find((node) => node.label === label);

describe('CSV pair as French Excel saves it', () => {
  for (const suffix of ['', '-1252']) {
    it(`reads ${suffix ? 'Windows-1252' : 'UTF-8 with a BOM'}, ';', decimal commas, French dates and names`, async () => {
      const { file, report } = await converted(`acteurs-excel-fr${suffix}.csv`, `alliances-excel-fr${suffix}.csv`);
      expect(report.problems).toEqual([]);
      expect(file.nodes.map((node) => node.label)).toEqual([
        'Fonds ODD17',
        'Villes au Carré',
        'Le RAMEAU',
        'Région Centre-Val de Loire',
        'Université de Tours',
        'Ville de Tours',
      ]);
      expect(actor(file, 'Villes au Carré')).toMatchObject({
        kind: 'catalyst',
        regions: ['24'],
        sdgs: [10, 11, 13, 17],
        url: 'https://www.villesaucarre.fr',
        founded: '2007-05-29',
        description: 'Centre de ressources « politique de la ville »;\nrecentré sur la région depuis 2017',
      });
      expect(actor(file, 'Région Centre-Val de Loire')).toMatchObject({ kind: 'pouvoir-public', sdgs: [9, 13] });
      expect(file.meta.kinds?.['pouvoir-public']).toEqual({ fr: 'Pouvoir public', en: 'Pouvoir public' });
      expect(actor(file, 'Fonds ODD17')?.attributes).toEqual({ courriel: 'contact@fonds.example' });
      expect(file.meta.private).toEqual(['courriel']);
      const funding = file.edges.find((edge) => edge.relation === 'funding');
      expect(funding).toMatchObject({
        source: 'fonds-odd17',
        target: 'villes-au-carre',
        support: ['direct-funding'],
        amount: 20000,
        currency: 'EUR',
        start: '2021-05',
        end: '2022-06',
      });
      const toTours = file.edges.find((edge) => edge.target === 'ville-de-tours');
      expect(toTours).toMatchObject({ relation: 'support', amount: 1500.5, start: '2021-05', end: '2022-05', sdgs: [11] });
      const partnership = file.edges.find((edge) => edge.relation === 'partnership');
      expect(partnership).toMatchObject({
        target: 'le-rameau',
        support: ['governance-dialogue', 'direct-funding'],
        start: '2021-05',
        attributes: { 'forme de soutien': 'mécénat' },
      });
      const skipped = report.notes.filter((note) => note.code.endsWith('-skipped')).map((note) => [note.code, note.place.file, note.rows]);
      expect(skipped).toEqual([
        ['actor-skipped', `acteurs-excel-fr${suffix}.csv`, [7]],
        ['alliance-skipped', `alliances-excel-fr${suffix}.csv`, [6]],
      ]);
      expect(report.notes.find((note) => note.value === 'Poitou-Charentes')?.params.as).toBe('75');
    });
  }
});

describe('workbooks', () => {
  for (const name of ['carte-sheetjs.ods', 'carte-sheetjs.xlsx', 'carte-libreoffice.ods']) {
    it(`${name}: sheets by name, date cells to their shown precision, lists by line, a private phone column`, async () => {
      const { file, report } = await converted(name);
      expect(report.format).toBe(name.endsWith('.ods') ? 'ods' : 'xlsx');
      expect(report.tables.map((table) => [table.kind, table.sheet])).toEqual([
        ['actors', 'Acteurs'],
        ['alliances', 'Alliances'],
      ]);
      expect(actor(file, 'Villes au Carré')).toMatchObject({ sdgs: [10, 11, 13, 17], founded: '2007-05-29' });
      expect(actor(file, 'Le RAMEAU')).toMatchObject({ kind: 'catalyst', regions: ['FR'], sdgs: [17], founded: '2006' });
      expect(file.edges[0]).toMatchObject({ relation: 'funding', amount: 20000, start: '2021-05', end: '2022-06' });
      expect(file.meta.private).toEqual(['Téléphone']);
    });
  }
  it('refuses what is not a workbook, saying so', async () => {
    expect(await importFiles('not-a-workbook.xlsx')).toMatchObject({ ok: false, reason: 'not-a-workbook' });
  });
});

describe('graph files', () => {
  it('GEXF (the GEXF primer as Gephi.org wrote it): labels, url attribute recognised, directed alliances', async () => {
    const { file, report } = await converted('gephi-primer-data.gexf');
    expect(file.nodes.map((node) => [node.id, node.label, node.url])).toEqual([
      ['0', 'Gephi', 'http://gephi.org'],
      ['1', 'Webatlas', 'http://webatlas.fr'],
      ['2', 'RTGI', 'http://rtgi.fr'],
      ['3', 'BarabasiLab', 'http://barabasilab.com'],
    ]);
    expect(file.nodes[3]?.attributes).toEqual({ indegree: 1, frog: false });
    expect(file.edges.map((edge) => [edge.source, edge.target, edge.relation])).toContainEqual(['0', '3', 'support']);
    expect(file.meta.description).toBe('A Web network');
    expect(report.alliances).toBe(5);
  });
  it('GraphML (Les Misérables as Gephi exports it): 77 actors, positions, undirected links become partnerships', async () => {
    const { file } = await converted('gephi-miserables.graphml');
    expect(file.nodes).toHaveLength(77);
    expect(file.edges).toHaveLength(254);
    expect(actor(file, 'Valjean')).toMatchObject({ id: '11', x: -87.93029, y: -6.8120565 });
    expect(actor(file, 'Valjean')?.attributes).toMatchObject({ 'Modularity Class': 1 });
    expect(new Set(file.edges.map((edge) => edge.relation))).toEqual(new Set(['partnership']));
  });
  it('refuses XML declaring entities', async () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><gexf><graph/></gexf>');
    expect(await runImport([{ name: 'bomb.gexf', bytes }])).toMatchObject({ ok: false, reason: 'xml-entities' });
  });
});

describe('graph JSON', () => {
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  it("graphology's serialised graph", async () => {
    const outcome = await runImport([
      {
        name: 'g.json',
        bytes: json({
          attributes: { title: 'Réseau' },
          options: { type: 'undirected' },
          nodes: [{ key: 'a', attributes: { label: 'A', kind: 'Financeur', ODD: '13, 17' } }, { key: 'b' }],
          edges: [{ key: 'ab', source: 'a', target: 'b', undirected: true, attributes: { soutien: 'Données' } }],
        }),
      },
    ]);
    if (!outcome.ok) throw new Error(outcome.reason);
    const { file } = outcome.conversion;
    expect(file.meta.title).toBe('Réseau');
    expect(file.nodes).toEqual([
      { id: 'a', label: 'A', kind: 'funder', sdgs: [13, 17] },
      { id: 'b', label: 'b', kind: 'local-actor' },
    ]);
    expect(file.edges).toEqual([{ id: 'ab', source: 'a', target: 'b', relation: 'partnership', support: ['data'] }]);
  });
  it('Cytoscape.js elements, with positions', async () => {
    const outcome = await runImport([
      {
        name: 'cy.json',
        bytes: json({
          elements: {
            nodes: [{ data: { id: 'a', name: 'A', type: 'Catalyseur' }, position: { x: 1, y: 2 } }, { data: { id: 'b', name: 'B' } }],
            edges: [{ data: { id: 'e', source: 'a', target: 'b', relation: 'Financement', montant: '1 000 €' } }],
          },
        }),
      },
    ]);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.conversion.file.nodes[0]).toEqual({ id: 'a', label: 'A', kind: 'catalyst', x: 1, y: 2 });
    expect(outcome.conversion.file.edges[0]).toMatchObject({ relation: 'funding', amount: 1000, currency: 'EUR' });
  });
  it('an Alliance Map file is left to the usual validation', async () => {
    expect(await runImport([{ name: 'x.json', bytes: json({ format: 'alliance-map/1' }) }])).toMatchObject({
      ok: false,
      reason: 'native-json',
    });
  });
});
