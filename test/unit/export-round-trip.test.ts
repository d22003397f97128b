import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS, actorsCsv, alliancesCsv } from '../../src/export/csv';
import { exportJson } from '../../src/export/data';
import { exportGexf } from '../../src/export/gexf';
import { exportGraphml } from '../../src/export/graphml';
import { runImport } from '../../src/import/run';
import type { Lang } from '../../src/domain/types';
import type { ActorRecord, AllianceRecord, DataFile } from '../../src/model/types';
import { validateText } from '../../src/model/validate';
import { computeAppearance } from '../../src/view/appearance';
import { load, read, seed, type Loaded } from './helpers/exportScene';

// Issue 14: a map exported in each format and opened again with the app's importer gives the same
// actors, alliances and attributes. Citations (`sources`) travel in the app's JSON only.

const fixture = load(read('test/fixtures/export/round-trip.json'));
const bytes = (text: string) => new TextEncoder().encode(text);

type Format = 'json' | 'csv-fr' | 'csv-en' | 'gexf' | 'graphml';

async function imported(files: Array<{ name: string; text: string }>): Promise<DataFile> {
  const outcome = await runImport(files.map(({ name, text }) => ({ name, bytes: bytes(text) })));
  if (!outcome.ok) throw new Error(`${outcome.reason}: ${outcome.detail}`);
  expect(outcome.conversion.report.problems).toEqual([]);
  return outcome.conversion.file;
}

async function roundTrip(data: Loaded, format: Format): Promise<DataFile> {
  const { file, graph } = data;
  switch (format) {
    case 'json': {
      const again = validateText(exportJson(file, graph, {}), 'carte.json');
      if (!again.file) throw new Error('the JSON export does not validate');
      return again.file;
    }
    case 'csv-fr':
    case 'csv-en': {
      const dialect = CSV_DIALECTS[format.slice(4) as Lang];
      return imported([
        { name: 'carte-alliances.csv', text: alliancesCsv(graph, {}, { dialect }) },
        { name: 'carte-acteurs.csv', text: actorsCsv(graph, {}, { dialect }) },
      ]);
    }
    case 'gexf':
    case 'graphml': {
      const input = { meta: file.meta, graph, positions: {}, appearance: computeAppearance(graph, 'fr') };
      const text = format === 'gexf' ? exportGexf(input) : exportGraphml(input);
      return imported([{ name: `carte.${format}`, text }]);
    }
  }
}

/** The records without their citations, in id order. */
function records(file: DataFile): { nodes: ActorRecord[]; edges: AllianceRecord[] } {
  const strip = <T extends { id: string; sources?: unknown }>(list: readonly T[]) =>
    list.map(({ sources: _sources, ...rest }) => rest as T).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes: strip(file.nodes), edges: strip(file.edges) };
}

const FORMATS: Format[] = ['json', 'csv-fr', 'csv-en', 'gexf', 'graphml'];

describe.each(FORMATS)('round trip through %s', (format) => {
  it('the default map comes back with the same actors, alliances and attributes', async () => {
    const again = await roundTrip(seed, format);
    expect(records(again)).toEqual(records(seed.file));
  });

  it('a map of attributes, lists, amounts and formula-like texts comes back the same', async () => {
    const again = await roundTrip(fixture, format);
    const expected = records(fixture.file);
    if (format === 'gexf' || format === 'graphml') {
      // A graph file declares one type per attribute: one holding a number here and a text there
      // is text, so its number comes back as text (docs/import.md).
      const mixed = expected.nodes.find((node) => node.id === 'fondation-egal');
      if (mixed?.attributes) mixed.attributes = { ...mixed.attributes, effectif: '12' };
    }
    expect(records(again)).toEqual(expected);
    if (format !== 'json') {
      // The meta a graph file carries comes back whole; a CSV pair carries none but the kinds and
      // relations it names.
      const kinds = again.meta.kinds ?? {};
      expect(Object.keys(kinds)).toContain('network');
      if (format === 'gexf' || format === 'graphml') expect(again.meta).toEqual(fixture.file.meta);
    }
  });
});
