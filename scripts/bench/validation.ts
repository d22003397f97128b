// `npm run bench:validation [-- --runs N --json]`: how long the app's main thread is blocked by
// validating a file smaller than the worker threshold (src/load/validateBlob.ts): the seed map,
// the hostile fixtures of issue 15 and files made to be the worst of their kind just under that
// size. Each time is what `datasetFromText` does (the single-file map and files under 256 KB):
// JSON parse, validation with the app's problem limit, and the graph when the file is valid.
// Measured in Node, whose V8 is Chromium's; validation touches no browser API. The bound
// (docs/performance.md) is 100 ms.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetFromText } from '../../src/load/loadData';
import { WORKER_FROM_BYTES } from '../../src/load/validateBlob';
import { readCommandLine } from '../cli';
import { generateMap } from './generate';
import { median } from './measure';

export const MAIN_THREAD_BOUND_MS = 100;
const HOSTILE = 'test/fixtures/hostile/';
const LIMIT = WORKER_FROM_BYTES - 1024;

interface Case {
  name: string;
  text: string;
}

const fromFile = (name: string, path: string): Case => ({ name, text: readFileSync(path, 'utf8') });

/** Repeats `item(i)` until the file would reach the worker threshold. */
function fill(head: string, item: (i: number) => string, tail: string): string {
  const parts: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; ; i += 1) {
    const next = item(i);
    if (size + next.length + 1 > LIMIT) break;
    parts.push(next);
    size += next.length + 1;
  }
  return `${head}${parts.join(',')}${tail}`;
}

const HEAD = '{"format":"alliance-map/1","meta":{"title":"T"},';
const actor = (id: string) => `{"id":${JSON.stringify(id)},"label":"A","kind":"catalyst"}`;

/** The largest generated (valid) map under the threshold. */
function largestValidMap(): Case {
  let nodes = 100;
  let text = JSON.stringify(generateMap({ nodes, positions: 'none' }));
  for (;;) {
    const next = JSON.stringify(generateMap({ nodes: nodes + 50, positions: 'none' }));
    if (next.length > LIMIT) break;
    nodes += 50;
    text = next;
  }
  return { name: `generated map of ${nodes} actors (valid)`, text };
}

function cases(): Case[] {
  const long = (prefix: string, i: number) => `${prefix}-${i}-${'x'.repeat(1000)}`;
  const actorsLong = Array.from({ length: 40 }, (_, i) => actor(long('acteur', i))).join(',');
  return [
    fromFile('seed map', 'data/odd17-villes-au-carre.json'),
    fromFile('huge-coordinates.json', `${HOSTILE}huge-coordinates.json`),
    fromFile('builtin-ids.json', `${HOSTILE}builtin-ids.json`),
    fromFile('long-unknown-ids.json', `${HOSTILE}long-unknown-ids.json`),
    largestValidMap(),
    {
      name: '1,000-character ids pointing nowhere',
      text: fill(
        `${HEAD}"nodes":[${actorsLong}],"edges":[`,
        (i) => `{"id":"e${i}","source":${JSON.stringify(long('source', i))},"target":${JSON.stringify(long('cible', i))}}`,
        ']}',
      ),
    },
    {
      name: 'short ids one letter off (did-you-mean)',
      text: fill(
        `${HEAD}"nodes":[${Array.from({ length: 2000 }, (_, i) => actor(`acteur-${i}`)).join(',')}],"edges":[`,
        (i) => `{"id":"e${i}","source":"acteur-${i}x","target":"acteur-${i + 1}y","relation":"funding"}`,
        ']}',
      ),
    },
    {
      name: 'a wrong kind on every actor',
      text: fill(`${HEAD}"nodes":[`, (i) => `{"id":"a${i}","label":"A","kind":"catalist"}`, '],"edges":[]}'),
    },
    {
      name: 'nesting as deep as fits',
      text: `${HEAD}"nodes":[{"id":"a","label":"A","kind":"catalyst","attributes":{"n":${'['.repeat(LIMIT / 2 - 200)}${']'.repeat(LIMIT / 2 - 200)}}}],"edges":[]}`,
    },
  ];
}

function time(text: string): number {
  const start = performance.now();
  datasetFromText(text, 'bench.json', 'file');
  return performance.now() - start;
}

export interface ValidationFigure {
  name: string;
  kB: number;
  /** The first run in this process: the code not yet optimised, as when a page opens its first file. */
  firstMs: number;
  medianMs: number;
  maxMs: number;
}

/** Validates each case once, then `runs` times more for the median and the maximum. */
export function measureValidation(runs: number): ValidationFigure[] {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return cases().map(({ name, text }) => {
    const first = time(text);
    const times = Array.from({ length: runs }, () => time(text));
    return {
      name,
      kB: Math.round(text.length / 1024),
      firstMs: round(first),
      medianMs: round(median(times) ?? Number.NaN),
      maxMs: round(Math.max(...times)),
    };
  });
}

/** A case over the bound: its median time (the maximum follows the load of a shared machine). */
const over = (figure: ValidationFigure) => figure.medianMs > MAIN_THREAD_BOUND_MS;

const USAGE = `Usage: npm run bench:validation [-- --runs N] [--json]
Times the validation of files under the worker threshold, as the app's main thread does it.
  --runs N  runs per file after a warm-up (default 5)
  --json    print the figures as JSON`;

function readArgs(argv: string[]): { runs: number; json: boolean } | string {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  const runs = Number(values.runs ?? 5);
  if (!Number.isInteger(runs) || runs < 1) return `--runs needs a whole number from 1, got "${values.runs}"`;
  return { runs, json: values.json ?? false };
}

/** The figures as a table, the files over the bound marked. */
export function formatValidation(figures: readonly ValidationFigure[]): string {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  const lines = [`Validation on the main thread (files under ${WORKER_FROM_BYTES / 1024} KB); bound ${MAIN_THREAD_BOUND_MS} ms`];
  lines.push(`${'file'.padEnd(width)}    KB  first ms  median ms  max ms`);
  const ms = (value: number, pad: number) => value.toFixed(1).padStart(pad);
  for (const figure of figures) {
    const times = `${ms(figure.firstMs, 8)}  ${ms(figure.medianMs, 9)}  ${ms(figure.maxMs, 6)}`;
    lines.push(`${figure.name.padEnd(width)}  ${String(figure.kB).padStart(4)}  ${times}${over(figure) ? '  OVER' : ''}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const commandLine = readCommandLine('bench:validation', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;
  const { runs, json } = commandLine.args;
  const figures = measureValidation(runs);
  if (json) {
    process.stdout.write(`${JSON.stringify({ boundMs: MAIN_THREAD_BOUND_MS, runs, figures }, null, 2)}\n`);
  } else {
    console.log(formatValidation(figures));
  }
  return figures.some(over) ? 1 : 0;
}

// Run as a command, not when run.ts imports the measurement.
if (process.argv[1]?.endsWith('validation.ts')) process.exitCode = main(process.argv.slice(2));
