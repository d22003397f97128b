// Checks data files of format alliance-map/1, and files to import: `npm run validate -- FILE...`
// Prints `FILE: PATH: message (line N)` for every problem, then one summary line per file.
// Exit code: 0 all files valid, 1 some file invalid, 2 usage error (no file, unreadable file).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/model/validate';
import { cannotRead, groupInputs, readGroup, type ReadResult } from './readInputs';
import { readCommandLine } from './cli';

const USAGE = `Usage: npm run validate -- FILE...
Checks Alliance Map data files (format "alliance-map/1", see docs/data-format.md), and the files the
app imports (CSV, .xlsx, .ods, GEXF, GraphML, graphology or Cytoscape.js JSON: docs/import.md),
printing their import report. CSV files given together are read as one map (actors and alliances).
Prints every problem as "FILE: PATH: message (line N)", then one summary line per file.
FILE may be - for standard input.
Exit code: 0 when every file is valid, 1 when a file has problems, 2 on a usage error.`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The files to check (`-` for standard input). */
function readArgs(argv: string[]): string[] | string {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true });
  return positionals.length === 0 ? 'no file given' : positionals;
}

async function main(argv: readonly string[]): Promise<number> {
  const commandLine = readCommandLine('validate', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;

  let exitCode = 0;
  for (const group of groupInputs(commandLine.args)) {
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
    } else {
      console.log(`${name}: invalid (${plural(problems.length, 'problem', 'problems')})`);
      if (exitCode === 0) exitCode = 1;
    }
  }
  return exitCode;
}

process.exitCode = await main(process.argv.slice(2));
