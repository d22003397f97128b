// `npm run test:firefox`: a smoke test of the built app (dist/) in Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi. Four pages — the default map, the WebGL mode (headless Firefox
// has no WebGL: the app falls back to Cytoscape and says so), an embed and a filtered view — each
// draw their actors and leave no blank page. Writes .tmp/firefox.json ({ passed, failed, tests }),
// which scripts/test-all.mjs adds to its closing line, and a screenshot of each page in .tmp/firefox/.
// FIREFOX_PATH names another Firefox, E2E_DIST another build; the app is served on E2E_PORT + 2 (Playwright uses + 0, + 1).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { InspectedView } from '../src/inspect/handle';
import { expectedWithSdg, readDataFile, SEED_FILE } from './expected';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const DIST = process.env.E2E_DIST ?? 'dist';
const PORT = Number(process.env.E2E_PORT ?? 4310) + 2;
const APP = `http://127.0.0.1:${PORT}/published/alliance-map/`;
const TEST_MS = 30_000;
const OUT = '.tmp/firefox';
const seed = readDataFile(SEED_FILE);
const SDG = 13;

class Failure extends Error {}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Failure(message);
}

function sameSet(actual: readonly string[], expected: ReadonlySet<string>, what: string): void {
  const missing = [...expected].filter((id) => !actual.includes(id));
  check(
    actual.length === expected.size && missing.length === 0,
    `${what}: ${actual.length} drawn, ${expected.size} expected, missing ${missing.join(', ')}`,
  );
}

/** Waits for the map's first frame and returns what it shows (window.allianceMap, src/inspect). */
async function mapView(page: Page): Promise<InspectedView> {
  return page.evaluate(async () => {
    const handle = window.allianceMap;
    if (!handle) throw new Error('window.allianceMap is missing: the app did not start');
    await handle.ready;
    return handle.view();
  });
}

/** The share of the map's area that some canvas of the map has painted (0 for a blank map). */
async function paintedShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    let best = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid=map] canvas')) {
      const context = canvas.width > 0 && canvas.height > 0 ? canvas.getContext('2d') : null;
      if (!context) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4 * 7) if ((data[i] ?? 0) > 0) painted += 1;
      best = Math.max(best, painted / (data.length / (4 * 7)));
    }
    return best;
  });
}

/** What a blank page lacks: text in the app's root and a status line that counts the actors drawn. */
async function statusLine(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid=status]', { timeout: 10_000 });
  const root = await page.$eval('#root', (element) => element.textContent?.trim().length ?? 0);
  check(root > 0, 'the page is blank: #root has no text');
  return page.$eval('[data-testid=status]', (element) => element.textContent ?? '');
}

/**
 * Opens `query`, checks the map draws `expected` and is painted, waits for `part` (a panel loaded on
 * demand) and keeps a screenshot.
 */
async function drawn(page: Page, name: string, query: string, expected: ReadonlySet<string>, part?: string): Promise<InspectedView> {
  await page.goto(`${APP}${query}`);
  const view = await mapView(page);
  if (part) await page.waitForSelector(part, { timeout: 10_000 });
  sameSet(view.visibleNodeIds, expected, 'actors drawn');
  const share = await paintedShare(page);
  check(share > 0.001, `the map's canvas is blank (${(share * 100).toFixed(2)} % painted)`);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  return view;
}

const allActors = new Set(seed.nodes.map((node) => node.id));
const everyoneCounted = `${seed.nodes.length} acteurs · ${seed.edges.length} alliances`;

const TESTS: { name: string; run: (page: Page) => Promise<void> }[] = [
  {
    name: 'default-map',
    run: async (page) => {
      const view = await drawn(page, 'default-map', '', allActors, `[data-testid=filter-sdg-${SDG}][aria-pressed=false]`);
      check(view.renderer === 'cytoscape', `renderer ${view.renderer}, expected cytoscape`);
      const title = await page.$eval('h1', (element) => element.textContent);
      check(title === seed.meta.title, `title "${title}"`);
      check((await statusLine(page)) === everyoneCounted, 'status line');
    },
  },
  {
    name: 'webgl-mode',
    run: async (page) => {
      const view = await drawn(page, 'webgl-mode', '?renderer=webgl', allActors);
      if (view.renderer === 'cytoscape') {
        const notice = await page.$eval('[data-testid=no-webgl-notice]', (element) => element.textContent ?? '').catch(() => '');
        check(notice.includes('WebGL n’est pas disponible'), `drawn by Cytoscape without the no-WebGL notice ("${notice}")`);
      }
      check((await statusLine(page)) === everyoneCounted, 'status line');
    },
  },
  {
    name: 'embed',
    run: async (page) => {
      await drawn(page, 'embed', '?embed=1', allActors);
      check((await statusLine(page)) === everyoneCounted, 'status line');
    },
  },
  {
    name: 'filtered-view',
    run: async (page) => {
      const expected = expectedWithSdg(seed, SDG).nodes;
      check(expected.size > 0 && expected.size < seed.nodes.length, `sdg=${SDG} should keep some actors, not all`);
      // The filters panel (a chunk of its own) shows the link's filter chosen.
      await drawn(page, 'filtered-view', `?sdg=${SDG}`, expected, `[data-testid=filter-sdg-${SDG}][aria-pressed=true]`);
      const status = await statusLine(page);
      check(status.includes(`${expected.size} acteurs sur ${seed.nodes.length}`), `status line "${status}"`);
    },
  },
];

async function runOne(browser: Browser, test: (typeof TESTS)[number]): Promise<string | null> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  let timer: NodeJS.Timeout | undefined;
  try {
    await page.setViewport({ width: 1280, height: 800 });
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Failure(`timed out after ${TEST_MS / 1000} s`)), TEST_MS);
    });
    await Promise.race([test.run(page), late]);
    check(errors.length === 0, `errors in the page: ${errors.join(' | ')}`);
    return null;
  } catch (error) {
    const blank = await page.$eval('#root', (root) => root.childElementCount === 0).catch(() => false);
    const why = [error instanceof Error ? error.message : String(error), blank ? 'the page is blank (#root is empty)' : ''];
    return [...why, ...errors.map((message) => `page error: ${message}`)].filter(Boolean).join('; ');
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

async function serve(): Promise<() => void> {
  const server = spawn(process.execPath, ['e2e/static-server.mjs', String(PORT), `/published/alliance-map/=${DIST}`], { stdio: 'ignore' });
  for (let tries = 0; tries < 50; tries += 1) {
    if (
      await fetch(APP).then(
        (response) => response.ok,
        () => false,
      )
    )
      return () => server.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the static server did not answer on ${APP}`);
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const results: { name: string; ok: boolean; ms: number; error?: string }[] = [];
  const report = () => {
    const passed = results.filter((result) => result.ok).length;
    writeFileSync('.tmp/firefox.json', `${JSON.stringify({ passed, failed: results.length - passed, tests: results }, null, 2)}\n`);
    console.log(`firefox: ${passed} passed, ${results.length - passed} failed`);
    return passed === results.length ? 0 : 1;
  };
  if (!existsSync(FIREFOX) || !existsSync(`${DIST}/index.html`)) {
    const missing = existsSync(FIREFOX) ? `${DIST}/ (run npm run build)` : `${FIREFOX} (apt-get install firefox-esr)`;
    for (const test of TESTS) results.push({ name: test.name, ok: false, ms: 0, error: `missing ${missing}` });
    console.error(`firefox: missing ${missing}`);
    return report();
  }
  const stop = await serve();
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    console.log(`firefox: ${await browser.version()}, ${APP}`);
    for (const test of TESTS) {
      const started = performance.now();
      const error = await runOne(browser, test);
      const ms = Math.round(performance.now() - started);
      results.push(error === null ? { name: test.name, ok: true, ms } : { name: test.name, ok: false, ms, error });
      console.log(error === null ? `  ✓ ${test.name} (${ms} ms)` : `  ✘ ${test.name} (${ms} ms): ${error}`);
    }
  } finally {
    await browser.close();
    stop();
  }
  return report();
}

process.exitCode = await main();
