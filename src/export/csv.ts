// CSV tables of the actors and alliances, as the spreadsheet of the interface's language reads
// them as they are: French Excel wants `;` between cells and decimal commas, English `,` and
// decimal points; both get a BOM (Excel reads UTF-8 accents only with it). Pure.
import type { Lang } from '../domain/types';
import type { AllianceGraph } from '../model/graph';
import type { Positions } from '../view/types';
import type { DataExportOptions } from './data';
import { exportTables, type Table, type Value } from './tables';

type Cell = string | number | boolean | null | undefined;

export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const CSV_DIALECTS: Record<Lang, CsvDialect> = {
  fr: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** Byte order mark: Excel reads UTF-8 (accents) only with it. */
export const CSV_BOM = '\uFEFF';

/** Text a spreadsheet reads as a number (−120,5, -120.5, +3, 1e6): it stays as it is. */
const NUMBER_TEXT = /^[+\-\u2212]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * What a spreadsheet may take for the start of a formula (or a hidden one after a tab or CR).
 * Apostrophes already in front count too, so that the importer, which takes exactly one off
 * (src/import/values/text.ts), gives back `'=x` as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A number in the dialect's decimal mark. A number with exactly three decimals gets a trailing
 * zero: `1,234` or `1.234` could be read back as one thousand two hundred and thirty-four.
 */
export function csvNumber(value: number, dialect: CsvDialect = CSV_DIALECTS.en): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value).replace('.', dialect.decimal);
  return /^-?\d{1,3}[.,]\d{3}$/.test(text) ? `${text}0` : text;
}

/**
 * A cell as RFC 4180 says, every text cell in double quotes (quotes doubled), so a `;` or a
 * comma inside never splits it, whichever separator the spreadsheet expects. Text starting with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe so a spreadsheet never runs it
 * as a formula, unless the text is a number; numbers and booleans are written unquoted.
 */
export function csvCell(value: Cell, dialect: CsvDialect = CSV_DIALECTS.en): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value, dialect);
  if (typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) && !NUMBER_TEXT.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole table: BOM, header row, CRLF line ends (RFC 4180). */
export function csvTable(header: readonly string[], rows: readonly Cell[][], dialect: CsvDialect = CSV_DIALECTS.en): string {
  const line = (row: readonly Cell[]) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator);
  return CSV_BOM + [header, ...rows].map(line).join('\r\n') + '\r\n';
}

/** Lists joined with `;`; numbers and booleans unquoted (the importer reads a quoted cell as text). */
function cellOf(value: Value | undefined): Cell {
  return Array.isArray(value) ? value.join(';') : (value as Cell);
}

function tableCsv(table: Table, dialect: CsvDialect): string {
  const names = table.columns.map((column) => column.name);
  return csvTable(
    names,
    table.rows.map((row) => names.map((name) => cellOf(row[name]))),
    dialect,
  );
}

export interface CsvOptions extends DataExportOptions {
  /** Default: English (`,` and decimal points). */
  dialect?: CsvDialect;
}

/** The actors as CSV: the importer's column names, lists joined with `;`, attributes as `attributes.NAME`. */
export function actorsCsv(graph: AllianceGraph, positions: Positions, options: CsvOptions = {}): string {
  return tableCsv(exportTables(graph, positions, options).actors, options.dialect ?? CSV_DIALECTS.en);
}

/** The alliances as CSV, likewise. */
export function alliancesCsv(graph: AllianceGraph, positions: Positions, options: CsvOptions = {}): string {
  return tableCsv(exportTables(graph, positions, options).alliances, options.dialect ?? CSV_DIALECTS.en);
}
