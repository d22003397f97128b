import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { DOWNLOADS_DIR } from '../playwright.config';
import type { InspectedView } from '../src/inspect/handle';
import type { DataFile } from '../src/model/types';
import { readDataFile, SEED_FILE } from './expected';

export { readDataFile, SEED_FILE };

/** Waits until the map has drawn its first frame, then returns the inspected view. */
export async function mapView(page: Page): Promise<InspectedView> {
  return page.evaluate(async () => {
    const handle = window.allianceMap;
    if (!handle) throw new Error('window.allianceMap is missing');
    await handle.ready;
    return handle.view();
  });
}

/** Collects the URLs of every request the page makes, to prove none leaves our host. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Makes every Content-Security-Policy violation of the page a console error (recordErrors hears them). */
export async function reportCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The colour ([r, g, b], 0-255) of every pixel of a screen rectangle, row by row, as a person would see it. */
export async function screenColours(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[][]> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return [];
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const colours: number[][] = [];
    for (let i = 0; i < data.length; i += 4) colours.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
    return colours;
  }, png.toString('base64'));
}

/** The grey level (0-255) of every pixel of a screen rectangle, as a person would see it. */
export async function screenGreys(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  return (await screenColours(page, clip)).map(([r = 0, g = 0, b = 0]) => (r + g + b) / 3);
}

/** Mean brightness (0-255) of a small square of the screen, as a person would see it. */
export async function brightness(page: Page, point: { x: number; y: number }): Promise<number> {
  const size = 12;
  const greys = await screenGreys(page, { x: point.x - size / 2, y: point.y - size / 2, width: size, height: size });
  return greys.length === 0 ? -1 : greys.reduce((sum, grey) => sum + grey, 0) / greys.length;
}

/**
 * Where a test's screenshot of the app goes: `.tmp/e2e-shots/` (to look at), or the docs' own
 * picture when `DOCS_SCREENSHOTS=1` refreshes the documentation (`DOCS_SCREENSHOTS=1 npx playwright test`).
 */
export function screenshotPath(docsPath: string): string {
  return process.env.DOCS_SCREENSHOTS === '1' ? docsPath : `.tmp/e2e-shots/${docsPath.replace(/^docs\//, '')}`;
}

/** Clicks an export item (opening the menu first) and saves the download; returns its path and name. */
export async function exportFile(page: Page, testInfo: TestInfo, testId: string): Promise<{ path: string; name: string }> {
  const item = page.getByTestId(testId);
  if (!(await item.isVisible())) await page.getByTestId('export-menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const name = download.suggestedFilename();
  const path = resolve(DOWNLOADS_DIR, `${testInfo.workerIndex}-${testInfo.testId}-${name}`);
  await download.saveAs(path);
  return { path, name };
}

/** Opens the map at `address`, then its presenter window with the Stories panel's button (the only way to pair it). */
export async function openPresenterWindow(page: Page, address: string): Promise<Page> {
  await page.goto(address);
  await mapView(page);
  await page.getByTestId('stories-button').click();
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('presenter-button').click()]);
  await expect(presenter.getByTestId('presenter-view')).toBeVisible();
  await page.getByTestId('stories-button').click();
  return presenter;
}

/** Generates a map with the generator's CLI (same seed, same file) into the served folder. */
export function generate(name: string, nodes: number, positions = 'community'): DataFile {
  // The generator module (scripts/bench/generate.ts) through its CLI under tsx: Playwright's loader
  // cannot import the JSON that src/domain/regions.ts reads.
  mkdirSync('.tmp/e2e-data', { recursive: true });
  const partial = `.tmp/e2e-data/${name}.${process.pid}.part`;
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/bench/generate-cli.ts', '--nodes', String(nodes), '--seed', '8', '--positions', positions, '--out', partial],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`generate failed: ${result.stderr}`);
  const generated = JSON.parse(readFileSync(partial, 'utf8')) as DataFile;
  // Another worker may be serving the file already: replace it whole, never write into it.
  renameSync(partial, `.tmp/e2e-data/${name}`);
  return generated;
}

export interface Framed {
  view: InspectedView;
  point: (id: string) => { x: number; y: number };
}

/** Opens the map with a known camera, so an actor's place on screen follows from its position. */
export async function openFramed(page: Page, query = ''): Promise<Framed> {
  await page.goto(`./?${query}`);
  const first = await mapView(page);
  const points = Object.values(first.positions);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const camera = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, zoom: 0.8 };
  await page.goto(`./?${query}${query ? '&' : ''}cam=${camera.x},${camera.y},${camera.zoom}`);
  const view = await mapView(page);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  return {
    view,
    point: (id) => {
      const position = view.positions[id];
      if (!position) throw new Error(`no position for ${id}`);
      return {
        x: box.x + box.width / 2 + (position.x - camera.x) * camera.zoom,
        y: box.y + box.height / 2 + (position.y - camera.y) * camera.zoom,
      };
    },
  };
}

/**
 * Whether the page draws a frame within `ms`: a tab frozen by a script (a layout that never ends,
 * a validation of seconds) answers nothing.
 */
export async function answersWithin(page: Page, ms: number): Promise<boolean> {
  const frame = page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => done(true))));
  const late = new Promise<boolean>((done) => setTimeout(() => done(false), ms));
  return Promise.race([frame.catch(() => false), late]);
}

/** The seed map still filters: ODD 13 narrows the status line, Clear all gives every actor back. */
export async function seedMapStillFilters(page: Page): Promise<void> {
  const seed = readDataFile(SEED_FILE);
  await page.getByTestId('filter-sdg-13').click();
  await expect(page.getByTestId('status')).toHaveText(new RegExp(`acteurs? sur ${seed.nodes.length}`));
  await page.getByTestId('filters-clear-all').click();
  await expect(page.getByTestId('status')).toHaveText(`${seed.nodes.length} acteurs · ${seed.edges.length} alliances`);
}

/** Whether a point of the page is on the map's free part: inside the map, clear of its edges (the controls, the status) and of the legend. */
export async function onFreeMap(page: Page): Promise<(point: { x: number; y: number }) => boolean> {
  const map = await page.getByTestId('map').boundingBox();
  const legend = await page.getByTestId('legend').boundingBox();
  return (p) =>
    map !== null &&
    p.x > map.x + 20 &&
    p.x < map.x + map.width - 60 &&
    p.y > map.y + 20 &&
    p.y < map.y + map.height - 40 &&
    !(legend && p.x > legend.x - 10 && p.y > legend.y - 10);
}
