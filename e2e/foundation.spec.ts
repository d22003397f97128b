import { expect, test } from '@playwright/test';
import { mapView, readDataFile, recordErrors, recordRequests, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);
const small = readDataFile('test/fixtures/valid/small.json');

test('opens the bundled seed ecosystem and draws every actor', async ({ page, baseURL }) => {
  const errors = recordErrors(page);
  const requests = recordRequests(page);
  await page.goto('./');
  const view = await mapView(page);
  expect(view.renderer).toBe('cytoscape');
  expect(new Set(view.visibleNodeIds)).toEqual(new Set(seed.nodes.map((node) => node.id)));
  expect(new Set(view.visibleEdgeIds)).toEqual(new Set(seed.edges.map((edge) => edge.id)));
  for (const node of seed.nodes) {
    const position = view.positions[node.id];
    expect(position, `position of ${node.id}`).toBeDefined();
    expect(Number.isFinite(position?.x) && Number.isFinite(position?.y)).toBe(true);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
  await expect(page.getByTestId('status')).toHaveText(`${seed.nodes.length} acteurs · ${seed.edges.length} alliances`);
  await expect(page.getByTestId('legend')).toContainText('Catalyseur');
  // Served from a sub-folder, the app loads its assets relatively and asks no other host.
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the interface speaks English with lang=en', async ({ page }) => {
  await page.goto('./?lang=en');
  await mapView(page);
  await expect(page.getByRole('button', { name: 'Open' })).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText(`${seed.nodes.length} actors · ${seed.edges.length} alliances`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('switching language from the header changes the interface and the URL', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Open' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Ouvrir' })).toBeVisible();
});

test('?data= opens another file', async ({ page }) => {
  await page.goto('./?data=/fixtures/valid/small.json');
  const view = await mapView(page);
  expect(new Set(view.visibleNodeIds)).toEqual(new Set(small.nodes.map((node) => node.id)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(small.meta.title);
});

test('an invalid file opened from the Open control shows its problems and keeps the map', async ({ page }) => {
  await page.goto('./');
  const before = await mapView(page);
  await page.getByTestId('open-file').setInputFiles('test/fixtures/invalid/unknown-support-form.json');
  const panel = page.getByTestId('load-error');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('unknown-support-form.json');
  await expect(panel).toContainText('support');
  await expect(panel).toContainText('La carte affichée reste celle d’avant.');
  const after = await page.evaluate(() => window.allianceMap?.view());
  expect(after?.visibleNodeIds).toEqual(before.visibleNodeIds);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
  await page.getByRole('button', { name: 'Fermer' }).click();
  await expect(panel).toBeHidden();
});

test('a file with many problems lists the first few and counts the rest', async ({ page }) => {
  await page.goto('./?data=/fixtures/invalid/several-structure-problems.json');
  const panel = page.getByTestId('load-error');
  await expect(panel).toBeVisible();
  await expect(panel.locator('li')).toHaveCount(5);
  await expect(panel).toContainText(/et \d+ autres? problèmes?/);
});

test('a missing file says the server answered 404', async ({ page }) => {
  await page.goto('./?data=/fixtures/nope.json');
  await expect(page.getByTestId('load-error')).toContainText('404');
  // Nothing is loading any more: the page says how to open a map instead.
  await expect(page.locator('.map-placeholder')).toContainText('Aucune carte ouverte');
});

test('a valid file dropped on the page replaces the map', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  const text = JSON.stringify(small);
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'small.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(small.meta.title);
  const view = await mapView(page);
  expect(new Set(view.visibleNodeIds)).toEqual(new Set(small.nodes.map((node) => node.id)));
});
