// Checks data files of format alliance-map/1: `npm run validate -- FILE...`
// Prints `FILE: PATH: message (line N)` for every problem, then one summary line per file.
// Exit code: 0 all files valid, 1 some file invalid, 2 usage error (no file, unreadable file).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, validateText } from '../src/model/validate';
import { readCommandLine } from './cli';

const USAGE = `Usage: npm run validate -- FILE...
Checks Alliance Map data files (format "alliance-map/1", see docs/data-format.md).
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

function main(argv: readonly string[]): number {
  const commandLine = readCommandLine('validate', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;

  let exitCode = 0;
  for (const fileName of commandLine.args) {
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
    } else {
      console.log(`${fileName}: invalid (${plural(problems.length, 'problem', 'problems')})`);
      if (exitCode === 0) exitCode = 1;
    }
  }
  return exitCode;
}

process.exitCode = main(process.argv.slice(2));
