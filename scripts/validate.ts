// Checks data files of format alliance-map/1: `npm run validate -- FILE...`
// Prints `FILE: PATH: message (line N)` for every problem, then one summary line per file.
// Exit code: 0 all files valid, 1 some file invalid, 2 usage error (no file, unreadable file).
import { readFileSync } from 'node:fs';
import { formatProblem, validateText } from '../src/model/validate';

const USAGE = `Usage: npm run validate -- FILE...
Checks Alliance Map data files (format "alliance-map/1", see docs/data-format.md).
Prints every problem as "FILE: PATH: message (line N)", then one summary line per file.
FILE may be - for standard input.
Exit code: 0 when every file is valid, 1 when a file has problems, 2 on a usage error.`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function main(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = args.filter((arg) => arg.startsWith('-') && arg !== '-');
  if (options.length > 0) {
    console.error(`validate: unknown option ${options.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  if (args.length === 0) {
    console.error(`validate: no file given\n\n${USAGE}`);
    return 2;
  }

  let exitCode = 0;
  for (const fileName of args) {
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
