// `npm run generate -- --nodes 10000 [--seed 1] [--out FILE] [--positions MODE] [--iterations N]`:
// writes a synthetic alliance map (scripts/bench/generate.ts). Default out:
// .tmp/bench/synthetic-N-seedS.json (a git-ignored folder: generated files are never committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readCommandLine } from '../cli';
import { DEFAULT_GENERATOR_SEED, defaultPositionsMode, generateMap, type PositionsMode } from './generate';
import { POSITIONS_MODES } from './placement';

const USAGE = `Usage: npm run generate -- --nodes N [--seed S] [--out FILE] [--positions MODE] [--iterations N]
Writes a synthetic, seeded alliance map ("alliance-map/1") of N actors with about 3 alliances each.
  --nodes N        number of actors (required)
  --seed S         seed (default ${DEFAULT_GENERATOR_SEED}); same options, same file
  --out FILE       where to write (default .tmp/bench/synthetic-N-seedS.json)
  --positions M    ${POSITIONS_MODES.join(' | ')} (default: layout up to 10,000 actors, community-fa2 above)
  --iterations N   ForceAtlas2 iterations for layout / community-fa2`;

interface Args {
  nodes: number;
  seed: number;
  out: string;
  positions: PositionsMode;
  iterations?: number;
}

function readArgs(argv: string[]): Args | string {
  const { values } = parseArgs({
    args: argv,
    options: {
      nodes: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      positions: { type: 'string' },
      iterations: { type: 'string' },
    },
    strict: true,
  });
  const integer = (name: 'nodes' | 'seed' | 'iterations', min: number): number | string | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    const value = Number(raw);
    return Number.isInteger(value) && value >= min ? value : `--${name} must be an integer ≥ ${min}, got "${raw}"`;
  };
  const nodes = integer('nodes', 1);
  const seed = integer('seed', 0) ?? DEFAULT_GENERATOR_SEED;
  const iterations = integer('iterations', 1);
  for (const value of [nodes, seed, iterations]) if (typeof value === 'string') return value;
  if (typeof nodes !== 'number') return '--nodes is required';
  const positions = (values.positions ?? defaultPositionsMode(nodes)) as PositionsMode;
  if (!POSITIONS_MODES.includes(positions)) return `--positions must be one of ${POSITIONS_MODES.join(', ')}`;
  return {
    nodes,
    seed: seed as number,
    out: values.out ?? `.tmp/bench/synthetic-${nodes}-seed${String(seed)}.json`,
    positions,
    iterations: iterations as number | undefined,
  };
}

function main(argv: readonly string[]): number {
  const commandLine = readCommandLine('generate', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;
  const args = commandLine.args;
  const started = performance.now();
  const file = generateMap({ nodes: args.nodes, seed: args.seed, positions: args.positions, iterations: args.iterations });
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(file)}\n`);
  const ms = performance.now() - started;
  console.log(
    `generate: ${file.nodes.length} actors, ${file.edges.length} alliances, positions ${args.positions}, ${ms.toFixed(0)} ms → ${args.out}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
