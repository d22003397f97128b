// The benchmark's results: the JSON described in docs/performance.md, and the table printed for people.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { ValidationFigure } from './validation';

export interface Reference {
  name: string;
  firstFrameMs: number | null;
  frameP95Ms: number | null;
  /**
   * The same file drawn by the reference's library set up as the app sets it up, with no app
   * around it (reference/cytoscape-app.ts, reference/sigma-app.ts): the share of the first frame
   * that the map's look alone costs. Added with issue 16; absent from older JSON.
   */
  lookFirstFrameMs?: number | null;
}

/** One dataset's figures, each the median of the runs (docs/performance.md). */
export interface BenchRun {
  dataset: string;
  n: number;
  renderer: 'cytoscape' | 'webgl';
  firstFrameMs: number | null;
  filterMs: number | null;
  /** URL change → the map surface handed the new visibility to the drawing (its frame not included). */
  filterWorkMs: number | null;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  longestTaskMs: number | null;
  /** In the same window, the longest script that is not drawing (not an animation frame callback). */
  longestNonDrawingMs: number | null;
  heapMB: number | null;
  /** The JavaScript the page had fetched by its first frame, gzip -9, KB. */
  jsLoadedKB: number | null;
  reference: Reference;
  error?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  chromium: string;
  webgl: string | null;
  /** Load average when the bench started: figures from a busy machine are slower. */
  loadAverage: number | null;
}

export interface BenchResult {
  version: string;
  date: string;
  machine: Machine;
  /** The JavaScript of the built index.html's module script and modulepreload tags, gzip -9, KB (1,024 bytes). */
  jsKB: number | null;
  /** Those files, each gzipped -9 on its own. */
  firstFrameChunks: { file: string; gzipKB: number | null }[];
  runs: BenchRun[];
  /** Main-thread validation times of files under the worker threshold (scripts/bench/validation.ts). */
  validation?: ValidationFigure[];
}

/** Extra figures for the table (not in the contract's JSON). */
export interface Details {
  runs: number;
  edges: number;
  sdg: number | null;
  sdgShare: number | null;
  frameIntervalP95Ms: number | null;
  layoutMs: number | null;
  layoutFinished: boolean | null;
}

export function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    /* not Linux: fall back on Node's view */
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(chromium: string, webgl: string | null): Machine {
  let loadAverage: number | null = null;
  try {
    loadAverage = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    /* not Linux */
  }
  return { cpu: cpuModel(), cores: cpus().length, memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10, chromium, webgl, loadAverage };
}

function ms(value: number | null): string {
  if (value === null) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return value >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

function ratio(ours: number | null, reference: number | null): string {
  return ours === null || reference === null || reference === 0 ? '–' : `${(ours / reference).toFixed(2)}×`;
}

function lookNote(reference: Reference): string {
  const look = reference.lookFirstFrameMs;
  if (look === undefined || look === null) return '';
  return `; with the app's look ${ms(look)} ms (${ratio(look, reference.firstFrameMs)})`;
}

/** A Markdown table (readable as plain text too). */
export function formatTable(result: BenchResult, details: Map<string, Details>): string {
  const header = [
    'dataset',
    'actors',
    'alliances',
    'renderer',
    'first frame ms',
    'ref first frame',
    'ratio',
    'filter ms (SDG, kept)',
    'filter work ms',
    'pan/zoom ms p50',
    'p95',
    'ref p95',
    'ratio',
    'frame interval p95',
    'longest task ms (layout)',
    'heap MB',
    'JS loaded KB',
    'reference',
  ];
  const rows = result.runs.map((run) => {
    const extra = details.get(run.dataset);
    const sdg = extra?.sdg ? ` (ODD ${extra.sdg}, ${Math.round((extra.sdgShare ?? 0) * 100)} %)` : '';
    const longest =
      run.longestTaskMs === null
        ? '– (no worker)'
        : `${run.longestTaskMs === 0 ? '< 50' : ms(run.longestTaskMs)}${extra?.layoutMs ? ` (${extra.layoutFinished ? '' : '≥ '}${ms(extra.layoutMs)})` : ''}${
            run.longestNonDrawingMs === null ? '' : `; not drawing ${run.longestNonDrawingMs === 0 ? '< 5' : ms(run.longestNonDrawingMs)}`
          }`;
    return [
      run.dataset + (run.error ? ` ⚠ ${run.error}` : ''),
      String(run.n),
      String(extra?.edges ?? '–'),
      run.renderer,
      ms(run.firstFrameMs),
      ms(run.reference.firstFrameMs),
      ratio(run.firstFrameMs, run.reference.firstFrameMs),
      `${ms(run.filterMs)}${sdg}`,
      ms(run.filterWorkMs),
      ms(run.frameP50Ms),
      ms(run.frameP95Ms),
      ms(run.reference.frameP95Ms),
      ratio(run.frameP95Ms, run.reference.frameP95Ms),
      ms(extra?.frameIntervalP95Ms ?? null),
      longest,
      run.heapMB === null ? '–' : run.heapMB.toFixed(1),
      run.jsLoadedKB === null ? '–' : run.jsLoadedKB.toFixed(1),
      `${run.reference.name}${extra ? `, ${extra.runs} run${extra.runs > 1 ? 's' : ''}` : ''}${lookNote(run.reference)}`,
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const m = result.machine;
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.chromium}; WebGL: ${m.webgl ?? 'none'}; load average at start ${m.loadAverage ?? '?'}.`,
    'Each figure is the median of the runs. Pan/zoom: main-thread time per step (one drag move or one wheel notch, up to its frame).',
  ].join('\n');
}
