// A CSV file (or TSV) as a table: the separator detected (`;` as French Excel writes, `,`, tab),
// quoted cells with line breaks, the header row naming the columns.
import { dsvFormat } from 'd3-dsv';
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

export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return dsvFormat(detectSeparator(source)).parseRows(source);
}
