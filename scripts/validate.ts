// Checks data files of format alliance-map/1: `npm run validate -- [--provenance [--strict]] FILE...`
// Prints `FILE: PATH: message (line N)` for every problem, then one summary line per file; with
// --provenance, every fact of a valid file that has neither a quote nor a reading, and a count.
// Exit code: 0 all files valid, 1 some file invalid (or, with --strict, a fact without a quote or
// a reading), 2 usage error (no file, unreadable file).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import jsonSourceMap from 'json-source-map';
import { pathToPointer } from '../src/model/problemPath';
import { provenanceSummary } from '../src/model/provenance';
import type { DataFile } from '../src/model/types';
import { formatProblem, validateText } from '../src/model/validate';
import { readCommandLine } from './cli';

const USAGE = `Usage: npm run validate -- FILE...
       npm run validate -- --provenance [--strict] FILE...
Checks Alliance Map data files (format "alliance-map/1", see docs/data-format.md).
Prints every problem as "FILE: PATH: message (line N)", then one summary line per file.
FILE may be - for standard input.
--provenance  also lists every fact of every actor and alliance that has neither a quote
              nor a reading (docs/data-format.md, "Stated facts and readings"), then a count.
--strict      with --provenance: such a fact makes the file fail (exit code 1).
Exit code: 0 when every file is valid, 1 when a file has problems, 2 on a usage error.`;

interface Args {
  files: string[];
  provenance: boolean;
  strict: boolean;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The files to check (`-` for standard input) and the options. */
function readArgs(argv: string[]): Args | string {
  const options = { provenance: { type: 'boolean' }, strict: { type: 'boolean' } } as const;
  const { positionals, values } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (values.strict === true && values.provenance !== true) return '--strict goes with --provenance';
  if (positionals.length === 0) return 'no file given';
  return { files: positionals, provenance: values.provenance === true, strict: values.strict === true };
}

/** Prints the facts without a quote or a reading, then the counts; true when there is none. */
function reportProvenance(fileName: string, text: string, file: DataFile): boolean {
  const { stated, readings, gaps } = provenanceSummary(file);
  let pointers: ReturnType<typeof jsonSourceMap.parse>['pointers'] = {};
  try {
    pointers = jsonSourceMap.parse(text.startsWith('\uFEFF') ? text.slice(1) : text).pointers;
  } catch {
    // The file parsed as JSON already: lines are a comfort.
  }
  for (const gap of gaps) {
    const line = pointers[pathToPointer(gap.path) ?? '']?.value.line;
    const message = `no quote or reading for this fact of ${gap.element} "${gap.id}"`;
    console.log(formatProblem(fileName, { path: gap.path, message, line: line === undefined ? undefined : line + 1 }));
  }
  const missing = gaps.length === 0 ? 'none' : String(gaps.length);
  console.log(
    `${fileName}: provenance: ${plural(stated, 'fact', 'facts')} stated, ${plural(readings, 'reading', 'readings')}, ${missing} without a quote or a reading`,
  );
  return gaps.length === 0;
}

function main(argv: readonly string[]): number {
  const commandLine = readCommandLine('validate', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;

  const { files, provenance, strict } = commandLine.args;
  let exitCode = 0;
  for (const fileName of files) {
    let text: string;
    try {
      text = readFileSync(fileName === '-' ? 0 : fileName, 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
      const why =
        reason === 'ENOENT' ? 'no such file' : reason === 'EISDIR' ? 'it is a folder' : reason === 'EACCES' ? 'permission denied' : reason;
      console.error(`${fileName}: cannot read the file (${why})`);
      exitCode = 2;
      continue;
    }
    const { file, problems } = validateText(text, fileName);
    for (const problem of problems) console.log(formatProblem(fileName, problem));
    if (file !== undefined && problems.length === 0) {
      console.log(
        `${fileName}: valid (${plural(file.nodes.length, 'actor', 'actors')}, ${plural(file.edges.length, 'alliance', 'alliances')})`,
      );
      const complete = !provenance || reportProvenance(fileName, text, file);
      if (!complete && strict && exitCode === 0) exitCode = 1;
    } else {
      console.log(`${fileName}: invalid (${plural(problems.length, 'problem', 'problems')})`);
      if (exitCode === 0) exitCode = 1;
    }
  }
  return exitCode;
}

process.exitCode = main(process.argv.slice(2));
