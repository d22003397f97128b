// Which reader a file needs, from its name and its first bytes. Small and dependency-free: the app
// asks it before loading any importer, so that its own JSON files open as they always did.
import { isRecord } from '../model/isRecord';

export type InputKind = 'csv' | 'workbook' | 'gexf' | 'graphml' | 'json';

const BY_EXTENSION: Record<string, InputKind> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'workbook',
  xlsm: 'workbook',
  xls: 'workbook',
  ods: 'workbook',
  gexf: 'gexf',
  graphml: 'graphml',
  json: 'json',
};

/** The accept list of the Open dialog: every format the app opens. */
export const OPEN_ACCEPT = '.json,application/json,.csv,text/csv,.tsv,.txt,.xlsx,.xls,.ods,.gexf,.graphml,.xml';

function extension(name: string): string {
  const path = name.replace(/[?#].*$/, '');
  const dot = path.lastIndexOf('.');
  return dot < 0 || dot < path.lastIndexOf('/') ? '' : path.slice(dot + 1).toLowerCase();
}

/** What a file is: by its extension, else by its first bytes (zip, XML root, JSON, else CSV). */
export function sniffInput(name: string, head: Uint8Array): InputKind {
  const known = BY_EXTENSION[extension(name)];
  if (known && known !== 'json') return known;
  if (head[0] === 0x50 && head[1] === 0x4b) return 'workbook';
  const text = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<')) return /<gexf[\s>]/.test(text) ? 'gexf' : /<graphml[\s>]/.test(text) ? 'graphml' : 'json';
  if (known === 'json' || text.startsWith('{') || text.startsWith('[')) return 'json';
  return 'csv';
}

/** Which of the two graph JSON shapes this is, or null (an Alliance Map file, or something else). */
export function graphJsonKind(data: unknown): 'graphology-json' | 'cytoscape-json' | null {
  if (Array.isArray(data)) return data.some((element) => isRecord(element) && isRecord(element.data)) ? 'cytoscape-json' : null;
  if (!isRecord(data) || 'format' in data || 'meta' in data) return null;
  if ('elements' in data) return 'cytoscape-json';
  const nodes = data.nodes;
  if (!Array.isArray(nodes)) return null;
  if (nodes.some((node) => isRecord(node) && isRecord(node.data))) return 'cytoscape-json';
  if (nodes.every((node) => isRecord(node) && 'key' in node)) return 'graphology-json';
  return null;
}

/** An Alliance Map file names its format or meta near its start: no need to parse it to know. */
export function looksNative(head: string): boolean {
  return /"(format|meta)"\s*:/.test(head);
}
