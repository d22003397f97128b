// Measurements behind two choices, printed as Markdown tables (docs/performance.md):
//   npx tsx scripts/bench/compare.ts --renderers [--sizes 2000,3000,5000] [--runs 2]
//     the app with renderer=cytoscape and renderer=webgl on the same maps: where the threshold
//     WEBGL_FROM_NODES (src/map/chooseRenderer.ts) should be;
//   npx tsx scripts/bench/compare.ts --cytoscape-options [--sizes 2000] [--runs 2]
//     Cytoscape set up as CytoscapeMap does (reference/cytoscape-app.ts), with one option or style
//     change at a time: what each change buys.
// Reuses the bench's build (--no-build to skip it), server and measurements.
import { chromium, type Browser, type Page } from '@playwright/test';
import { BENCH_DIR, prepareDatasets, type Dataset } from './datasets';
import { CHROMIUM_ARGS_LIST } from './chromium';
import { measureFilter, measurePanZoom, median, openPage, percentile } from './measure';
import { buildApp, buildReference, serve } from './serve';

const CYTOSCAPE_VARIANTS = [
  '',
  'hideEdgesOnViewport',
  'textureOnViewport',
  'straight',
  'haystack',
  'noTransition',
  'dataPie',
  'noLabelLevels',
  'bboxNoLabels',
  'bulkVisibility',
  'hideEdgesOnViewport,straight,noTransition,dataPie,noLabelLevels,bboxNoLabels,bulkVisibility',
];

const log = (line: string) => process.stderr.write(`compare: ${line}\n`);

interface Figures {
  first: number[];
  filter: number[];
  p50: number[];
  p95: number[];
}

function row(label: string, figures: Figures): string {
  const cell = (values: number[]) => {
    const value = median(values);
    return value === null ? '–' : value >= 100 ? String(Math.round(value)) : value.toFixed(1);
  };
  return `| ${label} | ${cell(figures.first)} | ${cell(figures.filter)} | ${cell(figures.p50)} | ${cell(figures.p95)} |`;
}

async function measure(
  browser: Browser,
  url: string,
  filter: (page: Page) => Promise<number>,
  figures: Figures,
  timeoutMs: number,
): Promise<void> {
  const opened = await openPage(browser, url, timeoutMs);
  try {
    figures.first.push(opened.firstFrameMs);
    const panZoom = await measurePanZoom(opened.page, opened.cdp);
    figures.p50.push(median(panZoom.steps) ?? NaN);
    figures.p95.push(percentile(panZoom.steps, 95) ?? NaN);
    figures.filter.push(await filter(opened.page));
  } finally {
    await opened.context.close();
  }
}

async function renderers(browser: Browser, origin: string, datasets: Dataset[], runs: number): Promise<string[]> {
  const lines = ['| map | renderer | first frame ms | filter ms | pan/zoom p50 ms | p95 ms |', '| --- | --- | --- | --- | --- | --- |'];
  for (const dataset of datasets) {
    for (const renderer of ['cytoscape', 'webgl']) {
      const figures: Figures = { first: [], filter: [], p50: [], p95: [] };
      for (let run = 0; run < runs; run++) {
        log(`${dataset.name} ${renderer} run ${run + 1}/${runs}`);
        const query = `${dataset.appQuery}&renderer=${renderer}`;
        try {
          await measure(
            browser,
            `${origin}/app/?${query}`,
            (page) => measureFilter(page, `${query}&sdg=${String(dataset.sdg)}`, 120_000).then((times) => times.filterMs),
            figures,
            240_000,
          );
        } catch (error) {
          log(`  failed: ${String(error).split('\n')[0]}`);
        }
      }
      lines.push(row(`${dataset.n} | ${renderer}`, figures));
    }
  }
  return lines;
}

async function cytoscapeOptions(browser: Browser, origin: string, datasets: Dataset[], runs: number): Promise<string[]> {
  const lines: string[] = [];
  for (const dataset of datasets) {
    lines.push(
      `${dataset.n} actors, ${dataset.edges} alliances (filter: ODD ${String(dataset.sdg)})`,
      '',
      '| variant | first frame ms | filter ms | pan/zoom p50 ms | p95 ms |',
      '| --- | --- | --- | --- | --- |',
    );
    const figures = new Map(CYTOSCAPE_VARIANTS.map((variant): [string, Figures] => [variant, { first: [], filter: [], p50: [], p95: [] }]));
    const filter = (page: Page) =>
      page.evaluate(
        (sdg) => (window as unknown as { __variant: { filter(sdg: number): Promise<number> } }).__variant.filter(sdg),
        dataset.sdg ?? 17,
      );
    // Run after run over every variant, so that a change in the machine's load hits them all alike.
    for (let run = 0; run < runs; run++) {
      for (const [variant, measured] of figures) {
        log(`${dataset.name} ${variant || 'as the app'} run ${run + 1}/${runs}`);
        try {
          await measure(browser, `${origin}/ref/cytoscape-app.html?data=${dataset.dataPath}&v=${variant}`, filter, measured, 240_000);
        } catch (error) {
          log(`  failed: ${String(error).split('\n')[0]}`);
        }
      }
    }
    for (const [variant, measured] of figures) lines.push(row(variant || 'as CytoscapeMap does', measured));
    lines.push('');
  }
  return lines;
}

async function main(argv: readonly string[]): Promise<void> {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const which = argv.includes('--cytoscape-options') ? 'options' : 'renderers';
  const sizes = (value('--sizes') ?? (which === 'options' ? '2000' : '2000,3000,5000')).split(',').map(Number);
  const runs = Number(value('--runs') ?? 2);
  const datasets = prepareDatasets(sizes, 1, false, log);
  if (!argv.includes('--no-build')) {
    buildApp(log);
    await buildReference(log);
  }
  const served = await serve(BENCH_DIR);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS_LIST });
  try {
    const lines =
      which === 'options'
        ? await cytoscapeOptions(browser, served.origin, datasets, runs)
        : await renderers(browser, served.origin, datasets, runs);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    served.stop();
  }
}

await main(process.argv.slice(2));
