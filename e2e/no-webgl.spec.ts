import { expect, test } from '@playwright/test';
import config from '../playwright.config';
import { WEBGL_FROM_NODES } from '../src/map/chooseRenderer';
import { answersWithin, generate, mapView, readDataFile, recordErrors, SEED_FILE, seedMapStillFilters } from './helpers';

// Issue 15, finding 9: a browser without WebGL (headless Firefox, locked-down office machines,
// remote desktops) got a blank page from the WebGL mode. Here Chromium runs with its 3D APIs off:
// the map is drawn by Cytoscape, a notice says why, and the rest of the app works.
const configured = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...configured, args: [...(configured.args ?? []), '--disable-3d-apis'] } });

const seed = readDataFile(SEED_FILE);
const LARGE = WEBGL_FROM_NODES + 100;
const LARGE_FILE = `no-webgl-${LARGE}.json`;

test('the WebGL mode asked for by the link: the map is drawn on a canvas, with a notice', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto('./?renderer=webgl');
  const view = await mapView(page);
  expect(view.renderer).toBe('cytoscape');
  expect(view.visibleNodeIds).toHaveLength(seed.nodes.length);
  const notice = page.getByTestId('no-webgl-notice');
  await expect(notice).toHaveText('WebGL n’est pas disponible dans ce navigateur : la carte est dessinée en mode canvas (Cytoscape).');
  expect(await answersWithin(page, 2000)).toBe(true);
  await seedMapStillFilters(page);
  // The link keeps what was asked for: a reader with WebGL who opens it gets the WebGL mode.
  expect(new URL(page.url()).searchParams.get('renderer')).toBe('webgl');

  await page.goto('./?lang=en&renderer=webgl');
  await mapView(page);
  await expect(page.getByTestId('no-webgl-notice')).toHaveText(
    'WebGL is not available in this browser: the map is drawn on a canvas (Cytoscape).',
  );
  expect(errors).toEqual([]);
});

test('a map large enough for the WebGL mode: drawn on a canvas, with a warning that it may be slow', async ({ page }) => {
  test.setTimeout(90_000);
  generate(LARGE_FILE, LARGE);
  await page.goto(`./?data=/generated/${LARGE_FILE}`);
  const view = await mapView(page);
  expect(view.renderer).toBe('cytoscape');
  expect(view.visibleNodeIds).toHaveLength(LARGE);
  const notice = page.getByTestId('no-webgl-notice');
  await expect(notice).toContainText('la carte est dessinée en mode canvas (Cytoscape)');
  // The count grouped by thousands, French style (any space between the groups).
  const count = String(LARGE).replace(/\B(?=(\d{3})+$)/g, '\\s');
  await expect(notice).toContainText(
    new RegExp(`Cette carte compte ${count} acteurs : sans WebGL, son affichage et ses déplacements peuvent être lents\\.`),
  );
  expect(await answersWithin(page, 2000)).toBe(true);
});

test('the seed map in the automatic mode says nothing about WebGL', async ({ page }) => {
  await page.goto('./');
  expect((await mapView(page)).renderer).toBe('cytoscape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
  await expect(page.getByTestId('no-webgl-notice')).toHaveCount(0);
});
