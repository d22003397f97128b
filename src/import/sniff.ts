// Which reader a file needs, from its name and its first bytes. Small and dependency-free: the app
// asks it before loading any importer, so that its own JSON files open as they always did.

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
