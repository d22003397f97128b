import { expect, test, type Page } from '@playwright/test';
import type { DataFile } from '../src/model/types';
import { WEBGL_FROM_NODES } from '../src/map/chooseRenderer';
import { expectedWithSdg } from './expected';
import { generate, mapView } from './helpers';

// A generated 10,000-actor map with preset positions (the cheap community placement), served by
// the e2e server under /generated/ (playwright.config.ts). It opens in the WebGL mode.
const FILE = 'large-10000.json';
const DATA = `data=/generated/${FILE}`;
const SDG = 13;
const ABOVE_THRESHOLD = WEBGL_FROM_NODES + 500;
const ABOVE_THRESHOLD_FILE = `large-${ABOVE_THRESHOLD}.json`;
// Without positions: the map is arranged in the worker, long enough to be stopped.
const UNPLACED_FILE = 'large-8000-unplaced.json';
let file: DataFile;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(() => {
  file = generate(FILE, 10_000);
  // Above the WebGL threshold, yet small enough for Cytoscape to draw within a test's time.
  generate(ABOVE_THRESHOLD_FILE, ABOVE_THRESHOLD);
  generate(UNPLACED_FILE, 8_000, 'none');
});

async function visibleCount(page: Page): Promise<number> {
  return page.evaluate(() => window.allianceMap?.view().visibleNodeIds.length ?? -1);
}

test('a 10,000-actor map opens in the WebGL mode, says so, and filters through the URL', async ({ page }) => {
  await page.goto(`./?${DATA}`);
  const view = await mapView(page);
  expect(view.renderer).toBe('webgl');
  expect(view.visibleNodeIds).toHaveLength(10_000);
  expect(new Set(view.visibleNodeIds)).toEqual(new Set(file.nodes.map((node) => node.id)));
  const badge = page.getByTestId('renderer-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText(/^Mode WebGL/);
  await expect(badge).toHaveAttribute('title', /le même dessin qu’en mode canvas/);
  await expect(page.locator('[data-testid=map] canvas').first()).toBeVisible();
  // The drawing is complete: the legend is the canvas mode's, group border and SDG segments included.
  await expect(page.getByTestId('legend')).toContainText('Groupe d’acteurs (bordure double)');
  await expect(page.getByTestId('legend')).toContainText('Anneau : ODD de l’acteur et de ses alliances');

  // A link to a filtered view (the back button does the same): the app re-reads its URL.
  const expected = expectedWithSdg(file, SDG);
  expect(expected.nodes.size).toBeGreaterThan(0);
  expect(expected.nodes.size).toBeLessThan(10_000);
  await page.evaluate((query) => {
    window.history.pushState(null, '', `${window.location.pathname}?${query}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `${DATA}&sdg=${SDG}`);
  await expect.poll(() => visibleCount(page), { timeout: 60_000 }).toBe(expected.nodes.size);
  const filtered = await mapView(page);
  expect(filtered.renderer).toBe('webgl');
  expect(new Set(filtered.visibleNodeIds)).toEqual(expected.nodes);
  expect(new Set(filtered.visibleEdgeIds)).toEqual(expected.edges);
  await expect(badge).toBeVisible();
});

test('the filtered view opens directly from its link', async ({ page }) => {
  await page.goto(`./?${DATA}&sdg=${SDG}&lang=en`);
  const view = await mapView(page);
  expect(view.renderer).toBe('webgl');
  expect(new Set(view.visibleNodeIds)).toEqual(expectedWithSdg(file, SDG).nodes);
  await expect(page.getByTestId('renderer-badge')).toHaveText(/^WebGL mode/);
});

test('renderer=cytoscape forces Cytoscape on a large map, renderer=webgl forces WebGL on a small one', async ({ page }) => {
  await page.goto(`./?data=/generated/${ABOVE_THRESHOLD_FILE}`);
  expect((await mapView(page)).renderer).toBe('webgl');
  await page.goto(`./?data=/generated/${ABOVE_THRESHOLD_FILE}&renderer=cytoscape`);
  const drawnBy = () =>
    page.evaluate(() => {
      const view = window.allianceMap?.view();
      return `${view?.renderer ?? 'none'} ${view?.visibleNodeIds.length ?? 0}`;
    });
  await expect.poll(drawnBy, { timeout: 100_000 }).toBe(`cytoscape ${ABOVE_THRESHOLD}`);
  await expect(page.getByTestId('renderer-badge')).toHaveCount(0);

  await page.goto('./?renderer=webgl');
  const small = await mapView(page);
  expect(small.renderer).toBe('webgl');
  expect(small.visibleNodeIds.length).toBeGreaterThan(0);
  await expect(page.getByTestId('renderer-badge')).toBeVisible();
});

test('a map arranged in the worker shows how far it is, and stops where it is when asked', async ({ page }) => {
  // This machine arranges 8,000 actors in a couple of seconds: the page itself presses Stop as
  // soon as it appears, after recording the progress it showed.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { layoutProgressSeen: string[] }).layoutProgressSeen = seen;
    new MutationObserver(() => {
      const progress = document.querySelector('[data-testid=layout-progress]');
      if (progress?.textContent) seen.push(progress.textContent);
      const stop = document.querySelector<HTMLButtonElement>('[data-testid=layout-stop]');
      stop?.click();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`./?data=/generated/${UNPLACED_FILE}`);
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toContainText('Disposition arrêtée : les acteurs restent où ils sont.', { timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { layoutProgressSeen: string[] }).layoutProgressSeen);
  expect(seen.some((text) => /Disposition de la carte : \d+ %/.test(text))).toBe(true);
  await expect(page.getByTestId('layout-stop')).toHaveCount(0);
  // Stopped means still: the actors stay where the layout had put them.
  const where = () => page.evaluate(() => JSON.stringify(window.allianceMap?.view().positions));
  const before = await where();
  await page.waitForTimeout(2_000);
  expect(await where()).toBe(before);
});
