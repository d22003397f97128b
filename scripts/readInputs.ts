// Reading data files for the command line: Alliance Map JSON as it is, every other format through
// the importer (src/import), CSV files given together read as one map (actors and alliances).
import { readFileSync } from 'node:fs';
import { convert } from '../src/import/convert';
import { refusalText } from '../src/import/messages';
import { reportLines } from '../src/import/reportText';
import { runImport } from '../src/import/run';
import { graphJsonKind, sniffInput } from '../src/import/sniff';
import { formatProblem, validateText } from '../src/model/validate';
import type { DataFile, Problem } from '../src/model/types';

export interface ReadResult {
  name: string;
  file?: DataFile;
  problems: Problem[];
  /** The text of an Alliance Map JSON file as read (for line numbers). */
  text?: string;
  /** The import report in lines, for a converted input. */
  report?: string[];
  /** The input was refused whole (unreadable, unknown format). */
  refused?: string;
}

export function cannotRead(fileName: string, error: unknown): string {
  const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
  const why =
    reason === 'ENOENT' ? 'no such file' : reason === 'EISDIR' ? 'it is a folder' : reason === 'EACCES' ? 'permission denied' : reason;
  return `${fileName}: cannot read the file (${why})`;
}

function isNativeJson(name: string, bytes: Uint8Array): boolean {
  if (sniffInput(name, bytes.subarray(0, 512)) !== 'json') return false;
  try {
    return graphJsonKind(JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as unknown) === null;
  } catch {
    return true; // its syntax error is reported as for any Alliance Map file
  }
}

/** Groups the arguments: CSV files together, every other file alone. */
export function groupInputs(names: readonly string[]): string[][] {
  const csv = names.filter((name) => /\.(csv|tsv|txt)$/i.test(name));
  return [...(csv.length > 0 ? [csv] : []), ...names.filter((name) => !csv.includes(name)).map((name) => [name])];
}

/** Reads one group; throws what readFileSync throws. */
export async function readGroup(names: readonly string[]): Promise<ReadResult> {
  const inputs = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(name === '-' ? 0 : name)) }));
  const name = names.join(' + ');
  const [first] = inputs;
  if (inputs.length === 1 && first && isNativeJson(first.name, first.bytes)) {
    const text = new TextDecoder().decode(first.bytes);
    const { file, problems } = validateText(text, first.name);
    return file ? { name, file, problems, text } : { name, problems, text };
  }
  const outcome = await runImport(inputs);
  if (!outcome.ok) return { name, problems: [], refused: refusalText(outcome.reason, outcome.detail, 'en') };
  const { report, file } = outcome.conversion;
  return { name, file, problems: report.problems, report: reportLines(report) };
}

export { convert, formatProblem };
