// Converts a file the app imports (CSV pair, .xlsx, .ods, GEXF, GraphML, graphology or Cytoscape.js
// JSON) into an Alliance Map data file: `npm run convert -- IN [IN2] OUT.json`. Prints the report.
// Exit code: 0 written, 1 the input has problems (nothing written), 2 usage error.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/model/validate';
import { readCommandLine } from './cli';
import { cannotRead, readGroup } from './readInputs';

const USAGE = `Usage: npm run convert -- IN [IN2] OUT.json
Reads IN (a CSV file, or two: actors and alliances; a .xlsx or .ods workbook; a GEXF, GraphML,
graphology or Cytoscape.js JSON file), prints the import report and writes the map as an Alliance
Map data file (docs/data-format.md). See docs/import.md.`;

function readArgs(argv: string[]): { inputs: string[]; output: string } | string {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true });
  const output = positionals.at(-1);
  if (positionals.length < 2 || output === undefined) return 'give the input file(s) and the output file';
  if (!/\.json$/i.test(output)) return `the output file must end in .json (got "${output}")`;
  return { inputs: positionals.slice(0, -1), output };
}

async function main(argv: readonly string[]): Promise<number> {
  const commandLine = readCommandLine('convert', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;
  const { inputs, output } = commandLine.args;
  let result;
  try {
    result = await readGroup(inputs);
  } catch (error) {
    console.error(cannotRead(inputs.join(' + '), error));
    return 2;
  }
  for (const line of result.report ?? []) console.log(`${result.name}: ${line}`);
  for (const problem of result.problems) console.log(formatProblem(result.name, problem));
  if (result.refused || !result.file || result.problems.length > 0) {
    console.log(`${result.name}: not converted${result.refused ? `: ${result.refused}` : ''}`);
    return 1;
  }
  writeFileSync(output, `${JSON.stringify(result.file, null, 2)}\n`);
  console.log(`${output}: written (${result.file.nodes.length} actors, ${result.file.edges.length} alliances)`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
