// An import from start to end: the files' bytes → tables (the readers of ./read) → a data file
// and its report (./convert.ts). Loaded on demand, on the main thread or in the load worker.
import { convert, type Conversion } from './convert';
import { fieldOfColumn } from './fields';
import { defaultMapping, type Mapping } from './mapping';
import { parseCsv, tableFromRows } from './read/csv';
import { decodeText } from './read/decode';
import { readGraphJson } from './read/graphJson';
import { ImportRefused } from './read/limits';
import { readWorkbook } from './read/workbook';
import { readXmlGraph } from './read/xml';
import { graphJsonKind, sniffInput } from './sniff';
import type { RawImport, RawTable, TableKind } from './types';
import { normalizeText } from '../search/normalize';

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

export type RefusalReason = ImportRefused['reason'] | 'mixed-files' | 'native-json';

export type ImportOutcome =
  | { ok: true; raw: RawImport; mapping: Mapping; conversion: Conversion }
  | { ok: false; files: string[]; reason: RefusalReason; detail: string };

/** A table with both a source and a target column lists alliances. */
function looksLikeAlliances(columns: readonly string[]): boolean {
  const fields = new Set(columns.map((column) => fieldOfColumn('alliances', column)));
  return fields.has('source') && fields.has('target');
}

function kindByName(name: string): TableKind | null {
  const words = normalizeText(name);
  if (/\b(alliances?|liens?|links?|edges?|aretes?|relations?)\b/.test(words)) return 'alliances';
  if (/\b(acteurs?|actors?|noeuds?|nodes?|organisations?)\b/.test(words)) return 'actors';
  return null;
}

function csvTables(inputs: readonly ImportInput[]): RawTable[] {
  return inputs.map((input) => {
    const rows = parseCsv(decodeText(input.bytes).text);
    const header = (rows[0] ?? []).map(String);
    const kind: TableKind = looksLikeAlliances(header) ? 'alliances' : (kindByName(input.name) ?? 'actors');
    return tableFromRows(kind, input.name, rows);
  });
}

async function readInputs(inputs: readonly ImportInput[]): Promise<RawImport> {
  const kinds = inputs.map((input) => sniffInput(input.name, input.bytes.subarray(0, 512)));
  const files = inputs.map((input) => input.name);
  if (kinds.every((kind) => kind === 'csv')) return { format: 'csv', files, tables: csvTables(inputs) };
  const [input] = inputs;
  if (inputs.length !== 1 || !input) throw new ImportRefused('unknown-format', 'mixed');
  const name = input.name;
  switch (kinds[0]) {
    case 'workbook':
      return { format: /\.ods$/i.test(name) ? 'ods' : 'xlsx', files, tables: readWorkbook(input.bytes, name) };
    case 'gexf':
    case 'graphml':
      return readXmlGraph(decodeText(input.bytes).text, kinds[0], name);
    default: {
      let data: unknown;
      try {
        data = JSON.parse(decodeText(input.bytes).text) as unknown;
      } catch {
        throw new ImportRefused('unknown-format', name);
      }
      const kind = graphJsonKind(data);
      if (!kind) throw new ImportRefused('unknown-format', 'native-json');
      return readGraphJson(data, kind, name);
    }
  }
}

/** Reads and converts the files with the default mapping; never throws for a bad file. */
export async function runImport(inputs: readonly ImportInput[]): Promise<ImportOutcome> {
  const files = inputs.map((input) => input.name);
  let raw: RawImport;
  try {
    raw = await readInputs(inputs);
  } catch (error) {
    if (error instanceof ImportRefused) {
      const reason = error.detail === 'mixed' ? 'mixed-files' : error.detail === 'native-json' ? 'native-json' : error.reason;
      return { ok: false, files, reason, detail: error.detail };
    }
    return { ok: false, files, reason: 'unknown-format', detail: error instanceof Error ? error.message : String(error) };
  }
  const mapping = defaultMapping(raw);
  return { ok: true, raw, mapping, conversion: convert(raw, mapping) };
}

export { convert } from './convert';
export type { Mapping } from './mapping';
