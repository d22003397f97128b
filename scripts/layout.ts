// Lays out a data file and writes the positions into it: `npm run layout -- FILE [--seed N]
// [--iterations N] [--out FILE2]`. Nodes without x/y get them (rounded to 0.1); nodes with both
// keep theirs; everything else, key order included, is written back as it was (2-space JSON).
// Exit code: 0 done, 1 the file has problems, 2 usage error or unreadable/unwritable file.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/model/graph';
import { formatProblem, validateText } from '../src/model/validate';
import { computeLayout } from '../src/layout/layout';
import { DEFAULT_SEED } from '../src/layout/prng';
import type { Positions } from '../src/layout/types';
import { readCommandLine } from './cli';

const USAGE = `Usage: npm run layout -- FILE [--seed N] [--iterations N] [--out FILE2]
Computes a force-directed layout of an Alliance Map data file (format "alliance-map/1") and
writes x and y into every node that has no position (rounded to 0.1). Positions already in the
file are kept. Writes FILE itself unless --out is given. Same file and seed, same positions.
  --seed N        seed of the layout (default ${DEFAULT_SEED})
  --iterations N  number of simulation steps (default: 300 below 1,000 nodes, fewer above)
  --out FILE2     file to write instead of FILE`;

interface Args {
  file: string;
  out: string;
  seed?: number;
  iterations?: number;
}

function readArgs(argv: string[]): Args | string {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { seed: { type: 'string' }, iterations: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const integer = (name: 'seed' | 'iterations'): number | string | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    const number = Number(value);
    if (value.trim() === '' || !Number.isInteger(number)) return `--${name} must be an integer, got "${value}"`;
    if (name === 'iterations' && number < 1) return `--iterations must be at least 1, got ${number}`;
    return number;
  };
  const seed = integer('seed');
  if (typeof seed === 'string') return seed;
  const iterations = integer('iterations');
  if (typeof iterations === 'string') return iterations;
  const [file, second] = positionals;
  if (file === undefined) return 'no file given';
  if (second !== undefined) return `one file at a time (got "${file}" and "${second}")`;
  return { file, out: values.out ?? file, seed, iterations };
}

function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded; // no -0 in the file
}

/** The node with x and y set: in place when it had either, else before `sources`/`attributes`. */
function withPosition(node: Record<string, unknown>, x: number, y: number): Record<string, unknown> {
  if ('x' in node || 'y' in node) return Object.assign(node, { x, y });
  const keys = Object.keys(node);
  const at = keys.findIndex((key) => key === 'sources' || key === 'attributes');
  const entries = Object.entries(node);
  entries.splice(at === -1 ? entries.length : at, 0, ['x', x], ['y', y]);
  return Object.fromEntries(entries);
}

function isPreset(node: Record<string, unknown>): boolean {
  return typeof node.x === 'number' && typeof node.y === 'number' && Number.isFinite(node.x) && Number.isFinite(node.y);
}

function main(argv: readonly string[]): number {
  const commandLine = readCommandLine('layout', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;
  const args = commandLine.args;
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    console.error(`layout: cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { file, problems } = validateText(text, args.file);
  if (!file || problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(args.file, problem));
    console.error(`layout: ${args.file} has ${problems.length} problem(s); nothing written`);
    return 1;
  }

  const started = performance.now();
  const graph = buildGraph(file);
  const positions: Positions = computeLayout(graph, { seed: args.seed, iterations: args.iterations });
  const ms = performance.now() - started;

  // Write into the parsed text itself, so that nothing the types do not know about is lost.
  const raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as { nodes: Record<string, unknown>[] };
  let placed = 0;
  raw.nodes = raw.nodes.map((node) => {
    if (isPreset(node)) return node;
    const p = positions[String(node.id)];
    if (!p) return node;
    placed++;
    return withPosition(node, round(p.x), round(p.y));
  });
  try {
    writeFileSync(args.out, `${JSON.stringify(raw, null, 2)}\n`);
  } catch (error) {
    console.error(`layout: cannot write ${args.out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const kept = graph.order - placed;
  console.log(
    `layout: ${graph.order} nodes (${placed} placed, ${kept} kept), ${graph.size} edges, seed ${args.seed ?? DEFAULT_SEED}, ` +
      `${ms.toFixed(0)} ms → ${args.out}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
