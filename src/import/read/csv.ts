// A CSV file (or TSV) as a table: the separator detected (`;` as French Excel writes, `,`, tab),
// quoted cells with line breaks, the header row naming the columns. As LibreOffice reads "quoted
// field as text": a quoted cell is text; an unquoted one that is a plain number (`12`, `-3,5`) or
// `true`/`false` is a number or a boolean (so an exported attribute keeps its type).
import type { RawTable, TableKind } from '../types';
import { cellText } from '../values/text';

const SEPARATORS = [';', ',', '\t'] as const;

/** The separator of the header line: the one found most often outside quotes (`;` on a tie). */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ';';
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/** Column names made unique and never blank (`colonne 3`), as a spreadsheet shows them. */
export function columnNames(header: readonly unknown[]): string[] {
  const names: string[] = [];
  header.forEach((cell, index) => {
    const base = cellText(cell) || `colonne ${index + 1}`;
    let name = base;
    for (let n = 2; names.includes(name); n++) name = `${base} (${n})`;
    names.push(name);
  });
  return names;
}

/** A table from rows of cells, the first being the header; row numbers as a spreadsheet shows them. */
export function tableFromRows(kind: TableKind, file: string, rows: readonly (readonly unknown[])[], sheet?: string): RawTable {
  // A row longer than the header keeps its extra cells, under columns named by their place.
  const width = Math.max(0, ...rows.map((row) => row.length));
  const header = [...(rows[0] ?? [])];
  while (header.length < width) header.push('');
  const columns = columnNames(header);
  const table: RawTable = {
    kind,
    file,
    columns,
    rows: rows
      .slice(1)
      .map((cells, index) => ({ row: index + 2, cells: Object.fromEntries(columns.map((name, column) => [name, cells[column] ?? null])) })),
  };
  if (sheet !== undefined) table.sheet = sheet;
  return table;
}

/** A plain number: no leading zero (`01000` is a code), no `+`, no thousands separator. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)([.,]\d+)?$/;
/** `1,234` or `1.234`: a thousand and more in one language, a decimal in the other (the export writes `1,2340`). */
const AMBIGUOUS = /^-?\d{1,3}[.,]\d{3}$/;

/** An unquoted cell: a number or a boolean when it plainly is one, else its text. */
function unquoted(text: string): string | number | boolean {
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed) && !AMBIGUOUS.test(trimmed)) return Number(trimmed.replace(',', '.'));
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  return text;
}

type CsvCell = string | number | boolean;

/** RFC 4180 rows: a quote opens a cell only at its start, doubled inside it; CRLF, LF or CR end a row. */
export function parseCsv(text: string): CsvCell[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = detectSeparator(source);
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let cell = '';
  let quoted = false; // inside quotes
  let wasQuoted = false; // the cell began with a quote
  const endCell = () => {
    row.push(wasQuoted ? cell : unquoted(cell));
    cell = '';
    wasQuoted = false;
  };
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? '';
    if (quoted) {
      if (char !== '"') cell += char;
      else if (source[index + 1] === '"') {
        cell += '"';
        index++;
      } else quoted = false;
    } else if (char === '"' && cell === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
    } else if (char === separator) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += char;
  }
  if (cell !== '' || wasQuoted || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
