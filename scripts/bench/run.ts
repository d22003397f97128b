// `npm run bench [-- --sizes 1000,2000 --runs N --json --no-build --no-seed --save FILE]`: builds the app and
// the bare reference pages, serves them with the generated maps, drives Debian's Chromium over the
// seed map and synthetic maps of 1,000 / 2,000 / 10,000 / 50,000 actors, and prints a table (or,
// with --json, only the JSON object described in docs/performance.md on stdout; progress always
// goes to stderr). Each figure is the median of the runs (3; 1 for 50,000 unless --runs is given).
// A size that fails or runs out of time gets `error` and nulls, and the bench goes on.
import { chromium, type Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chooseRenderer } from '../../src/map/chooseRenderer';
import { readCommandLine } from '../cli';
import { CHROMIUM_ARGS_LIST } from './chromium';
import { firstFrameBundle, formatTreemap, gzipKBOf } from './bundle';
import { BENCH_DIR, prepareDatasets, type Dataset } from './datasets';
import { heapMB, measureFilter, measureLayoutLongestTask, measurePanZoom, median, openPage, percentile } from './measure';
import { formatTable, machineInfo, type BenchResult, type BenchRun, type Details } from './report';
import { APP_OUT, buildApp, buildReference, serve } from './serve';
import { formatValidation, measureValidation } from './validation';

const USAGE = `Usage: npm run bench [-- --sizes 1000,2000,10000,50000] [--runs N] [--json] [--no-build] [--no-seed] [--seed S]
  --sizes     synthetic map sizes (default 1000,2000,10000,50000)
  --runs N    runs per size (default 3, and 1 for 50,000 actors)
  --json      print only the JSON (docs/performance.md) on stdout
  --no-build  reuse the last build in ${BENCH_DIR}/app and ${BENCH_DIR}/reference
  --no-seed   leave the seed map out
  --seed S    seed of the generated maps (default 1)
  --save FILE also write the JSON to FILE`;

interface Options {
  sizes: number[];
  runs: number | null;
  json: boolean;
  build: boolean;
  seedMap: boolean;
  seed: number;
  save: string | null;
}

function readArgs(argv: string[]): Options | string {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'boolean' },
      'no-build': { type: 'boolean' },
      'no-seed': { type: 'boolean' },
      seed: { type: 'string' },
      save: { type: 'string' },
    },
    strict: true,
  });
  if (values.save === '') return '--save needs a file name';
  const wholeNumbers = (name: 'sizes' | 'runs' | 'seed'): number[] | string | undefined => {
    const value = values[name];
    if (value === undefined) return undefined;
    const numbers = value.split(',').map((part) => Number(part.replace(/_/g, '')));
    if (value === '' || numbers.some((number) => !Number.isInteger(number) || number < 0))
      return `--${name} needs whole numbers, got "${value}"`;
    return numbers;
  };
  const sizes = wholeNumbers('sizes');
  if (typeof sizes === 'string') return sizes;
  const runs = wholeNumbers('runs');
  if (typeof runs === 'string') return runs;
  const seed = wholeNumbers('seed');
  if (typeof seed === 'string') return seed;
  return {
    sizes: sizes?.filter((number) => number > 0) ?? [1000, 2000, 10_000, 50_000],
    runs: runs === undefined ? null : Math.max(1, runs[0] ?? 1),
    json: values.json ?? false,
    build: !values['no-build'],
    seedMap: !values['no-seed'],
    seed: seed?.[0] ?? 1,
    save: values.save ?? null,
  };
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Figures to a tenth (of a ms or a MB); NaN, from a run that measured nothing, as null. */
function round(value: number | null): number | null {
  return value === null || Number.isNaN(value) ? null : Math.round(value * 10) / 10;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
}

async function webglRenderer(browser: Browser): Promise<string | null> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

/** From this many actors the bench compares with bare sigma.js, below with bare Cytoscape. */
const BARE_SIGMA_FROM_NODES = 2500;

async function benchDataset(
  browser: Browser,
  origin: string,
  dataset: Dataset,
  runs: number,
): Promise<{ run: BenchRun; details: Details }> {
  const renderer = chooseRenderer('auto', dataset.n);
  // The reference goes by size, not by the app's renderer (issue 16): the ratios keep their meaning when the threshold moves.
  const referenceName = dataset.n < BARE_SIGMA_FROM_NODES ? 'cytoscape' : 'sigma';
  const timeoutMs = 60_000 + 4 * dataset.n;
  const figures = {
    first: [] as number[],
    filter: [] as number[],
    filterWork: [] as number[],
    jsLoaded: [] as number[],
    p50: [] as number[],
    p95: [] as number[],
    interval: [] as number[],
    heap: [] as number[],
  };
  const layout = { longest: [] as number[], other: [] as number[], ms: [] as number[], finished: true, measured: false };
  const reference = { first: [] as number[], p95: [] as number[], look: [] as number[] };
  const errors: string[] = [];

  for (let run = 1; run <= runs; run++) {
    log(`${dataset.name}: run ${run}/${runs}`);
    try {
      const opened = await openPage(browser, `${origin}/app/?${dataset.appQuery}`, timeoutMs);
      try {
        figures.first.push(opened.firstFrameMs);
        figures.jsLoaded.push(
          gzipKBOf(
            APP_OUT,
            opened.scriptsBeforeFirstFrame.map((path) => path.replace(/^\/app\//, '')),
          ),
        );
        const panZoom = await measurePanZoom(opened.page, opened.cdp);
        figures.p50.push(median(panZoom.steps) ?? NaN);
        figures.p95.push(percentile(panZoom.steps, 95) ?? NaN);
        figures.interval.push(percentile(panZoom.intervals, 95) ?? NaN);
        const heap = await heapMB(opened.page, opened.cdp);
        if (heap !== null) figures.heap.push(heap);
        if (dataset.sdg !== null) {
          const query = `${dataset.appQuery}${dataset.appQuery ? '&' : ''}sdg=${dataset.sdg}`;
          const filter = await measureFilter(opened.page, query, timeoutMs);
          figures.filter.push(filter.filterMs);
          if (filter.filterWorkMs !== null) figures.filterWork.push(filter.filterWorkMs);
        }
      } finally {
        await opened.context.close();
      }
    } catch (error) {
      errors.push(`app: ${errorText(error)}`);
      log(`  app failed: ${errorText(error)}`);
    }
    if (dataset.noPositionsPath) {
      try {
        const query = `data=${dataset.noPositionsPath}`;
        const result = await measureLayoutLongestTask(browser, `${origin}/app/?${query}`, dataset.n >= 50_000 ? 45_000 : 30_000, timeoutMs);
        if (result.longestMs !== null) {
          layout.measured = true;
          layout.longest.push(result.longestMs);
          if (result.longestOtherMs !== null) layout.other.push(result.longestOtherMs);
          if (result.layoutMs !== null) layout.ms.push(result.layoutMs);
          layout.finished &&= result.finished;
        }
      } catch (error) {
        errors.push(`layout: ${errorText(error)}`);
        log(`  layout run failed: ${errorText(error)}`);
      }
    }
    try {
      const opened = await openPage(browser, `${origin}/ref/${referenceName}.html?data=${dataset.dataPath}`, timeoutMs);
      try {
        reference.first.push(opened.firstFrameMs);
        reference.p95.push(percentile((await measurePanZoom(opened.page, opened.cdp)).steps, 95) ?? NaN);
      } finally {
        await opened.context.close();
      }
    } catch (error) {
      errors.push(`reference: ${errorText(error)}`);
      log(`  reference failed: ${errorText(error)}`);
    }
    try {
      const opened = await openPage(browser, `${origin}/ref/${referenceName}-app.html?data=${dataset.dataPath}`, timeoutMs);
      reference.look.push(opened.firstFrameMs);
      await opened.context.close();
    } catch (error) {
      errors.push(`reference with the app's look: ${errorText(error)}`);
      log(`  reference with the app's look failed: ${errorText(error)}`);
    }
  }

  const run: BenchRun = {
    dataset: dataset.name,
    n: dataset.n,
    renderer,
    firstFrameMs: round(median(figures.first)),
    filterMs: round(median(figures.filter)),
    filterWorkMs: round(median(figures.filterWork)),
    frameP50Ms: round(median(figures.p50)),
    frameP95Ms: round(median(figures.p95)),
    longestTaskMs: layout.measured ? round(median(layout.longest)) : null,
    longestNonDrawingMs: layout.measured && layout.other.length > 0 ? round(median(layout.other)) : null,
    heapMB: round(median(figures.heap)),
    jsLoadedKB: round(median(figures.jsLoaded)),
    reference: {
      name: referenceName === 'cytoscape' ? 'bare Cytoscape (default settings, preset)' : 'bare sigma.js + graphology',
      firstFrameMs: round(median(reference.first)),
      frameP95Ms: round(median(reference.p95)),
      lookFirstFrameMs: round(median(reference.look)),
    },
  };
  if (errors.length > 0) run.error = [...new Set(errors)].join('; ');
  const details: Details = {
    runs,
    edges: dataset.edges,
    sdg: dataset.sdg,
    sdgShare: dataset.sdgShare,
    frameIntervalP95Ms: median(figures.interval),
    layoutMs: median(layout.ms),
    layoutFinished: layout.measured ? layout.finished : null,
  };
  return { run, details };
}

async function main(argv: readonly string[]): Promise<number> {
  const commandLine = readCommandLine('bench', USAGE, argv, readArgs);
  if ('exitCode' in commandLine) return commandLine.exitCode;
  const options = commandLine.args;
  const started = performance.now();
  const datasets = prepareDatasets(options.sizes, options.seed, options.seedMap, log);
  if (options.build) {
    buildApp(log);
    await buildReference(log);
  }
  const served = await serve(BENCH_DIR);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS_LIST });
  try {
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const bundle = firstFrameBundle(APP_OUT);
    const result: BenchResult = {
      version: packageJson.version,
      date: new Date().toISOString(),
      machine: machineInfo(`Chromium ${browser.version()}`, await webglRenderer(browser)),
      jsKB: round(bundle.jsKB),
      firstFrameChunks: bundle.chunks.map((chunk) => ({ file: chunk.file, gzipKB: round(chunk.gzipKB) })),
      runs: [],
    };
    const details = new Map<string, Details>();
    for (const dataset of datasets) {
      const runs = options.runs ?? (dataset.n >= 50_000 ? 1 : 3);
      const measured = await benchDataset(browser, served.origin, dataset, runs);
      result.runs.push(measured.run);
      details.set(dataset.name, measured.details);
    }
    log('validation of files under the worker threshold, on this thread (scripts/bench/validation.ts)');
    result.validation = measureValidation(5);
    log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
    if (options.save) writeFileSync(options.save, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      options.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${formatTable(result, details)}\n\n${formatTreemap(bundle)}\n\n${formatValidation(result.validation ?? [])}\n`,
    );
    return 0;
  } finally {
    await browser.close();
    served.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
