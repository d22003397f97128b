// Checks data files of format alliance-map/1, and files to import:
// `npm run validate -- [--provenance [--strict]] FILE...`
// Prints `FILE: PATH: message (line N)` for every problem, then one summary line per file; with
// --provenance, every fact of a valid file that has neither a quote nor a reading, and a count.
// Exit code: 0 all files valid, 1 some file invalid (or, with --strict, a fact without a quote or
// a reading), 2 usage error (no file, unreadable file).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import jsonSourceMap from 'json-source-map';
import { pathToPointer } from '../src/model/problemPath';
import { provenanceSummary } from '../src/model/provenance';
import type { DataFile } from '../src/model/types';
import { formatProblem } from '../src/model/validate';
import { cannotRead, groupInputs, readGroup, type ReadResult } from './readInputs';
import { readCommandLine } from './cli';

const USAGE = `Usage: npm run validate -- FILE...
       npm run validate -- --provenance [--strict] FILE...
Checks Alliance Map data files (format "alliance-map/1", see docs/data-format.md), and the files the
app imports (CSV, .xlsx, .ods, GEXF, GraphML, graphology or Cytoscape.js JSON: docs/import.md),
printing their import report. CSV files given together are read as one map (actors and alliances).
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

async function main(argv: readonly string[]): Promise<number> {
  const commandLine = readCommandLine('validate', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;

  const { files, provenance, strict } = commandLine.args;
  let exitCode = 0;
  for (const group of groupInputs(files)) {
    let result: ReadResult;
    try {
      result = await readGroup(group);
    } catch (error) {
      const unreadable = group.find((name) => !existsSync(name) && name !== '-') ?? group[0] ?? '';
      console.error(cannotRead(unreadable, error));
      exitCode = 2;
      continue;
    }
    const { name, file, problems } = result;
    for (const line of result.report ?? []) console.log(`${name}: ${line}`);
    for (const problem of problems) console.log(formatProblem(name, problem));
    if (result.refused) {
      console.log(`${name}: cannot be read: ${result.refused}`);
      if (exitCode === 0) exitCode = 1;
    } else if (file !== undefined && problems.length === 0) {
      console.log(
        `${name}: valid (${plural(file.nodes.length, 'actor', 'actors')}, ${plural(file.edges.length, 'alliance', 'alliances')})`,
      );
      const complete = !provenance || reportProvenance(name, result.text ?? '', file);
      if (!complete && strict && exitCode === 0) exitCode = 1;
    } else {
      console.log(`${name}: invalid (${plural(problems.length, 'problem', 'problems')})`);
      if (exitCode === 0) exitCode = 1;
    }
  }
  return exitCode;
}

process.exitCode = await main(process.argv.slice(2));
