import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { LEGEND_WIDTH } from '../src/export/svg';
import type { DataFile } from '../src/model/types';
import { exportFile, mapView, readDataFile, recordErrors, recordRequests, reportCspViolations, SEED_FILE } from './helpers';

// Exports (issue 6): pictures at 1x/2x/4x, SVG, JSON re-opened with ?data=, the single-file map
// opened from file://. Downloads are saved into DOWNLOADS_DIR, served back under /downloads/.

const seed = readDataFile(SEED_FILE);
const FILTERED = 'kind=catalyst,funder';
// Export names carry the file's date (meta.updated).
const UPDATED = seed.meta.updated ?? 'no date in the seed';
const NAME = new RegExp(`^alliances-de-villes-au-carre-${UPDATED}`);
const UPDATED_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(UPDATED),
);

async function openMap(page: Page, query = '') {
  await page.goto(`./${query ? `?${query}` : ''}`);
  const view = await mapView(page);
  return view;
}

/** Width and height from a PNG's IHDR chunk (bytes 16 to 23, big-endian). */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function frenchLabel(id: string): string {
  const node = seed.nodes.find((candidate) => candidate.id === id);
  return node?.labels?.fr ?? node?.label ?? id;
}

test('PNG exports at 1x, 2x and 4x the screen size, legend and caption included', async ({ page }, testInfo) => {
  testInfo.setTimeout(90_000);
  await openMap(page);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  const sizes: Record<number, { width: number; height: number }> = {};
  const paths: Record<number, string> = {};
  for (const scale of [1, 2, 4]) {
    const { path, name } = await exportFile(page, testInfo, `export-png-${scale}`);
    expect(name).toMatch(NAME);
    expect(name.endsWith(scale === 1 ? `-${UPDATED}.png` : `-${scale}x.png`)).toBe(true);
    sizes[scale] = pngSize(path);
    paths[scale] = path;
  }
  const one = sizes[1]!;
  expect(one.width).toBe(Math.round(box.width) + LEGEND_WIDTH);
  expect(one.height).toBeGreaterThan(Math.round(box.height));
  expect(sizes[2]).toEqual({ width: one.width * 2, height: one.height * 2 });
  expect(sizes[4]).toEqual({ width: one.width * 4, height: one.height * 4 });

  // The picture is not blank: decoded in the page, a good share of its pixels are drawn.
  const png = readFileSync(paths[1] ?? '').toString('base64');
  const inked = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if ((pixels[i] ?? 255) < 200 || (pixels[i + 1] ?? 255) < 200 || (pixels[i + 2] ?? 255) < 200) count++;
    return count / (pixels.length / 4);
  }, png);
  expect(inked).toBeGreaterThan(0.01);
});

test('the SVG export holds every visible actor’s label, no hidden one, and the legend', async ({ page }, testInfo) => {
  const view = await openMap(page, FILTERED);
  expect(view.visibleNodeIds.length).toBeLessThan(seed.nodes.length);
  const { path, name } = await exportFile(page, testInfo, 'export-svg');
  expect(name).toBe(`alliances-de-villes-au-carre-${UPDATED}.svg`);
  const svg = readFileSync(path, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const labels = [...doc.querySelectorAll('#labels text')].map((text) =>
      [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
    );
    return {
      error,
      root: doc.documentElement.namespaceURI,
      labels,
      legend: doc.querySelector('#legend')?.textContent ?? '',
      caption: doc.querySelector('#caption')?.textContent ?? '',
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('http://www.w3.org/2000/svg');
  expect(parsed.labels.sort()).toEqual(view.visibleNodeIds.map(frenchLabel).sort());
  expect(parsed.legend).toContain('Légende');
  expect(parsed.legend).toContain('Catalyseur');
  expect(parsed.caption).toContain(seed.meta.title);
  expect(parsed.caption).toContain(UPDATED_FR);
});

test('the JSON export re-opens with ?data= with the same actors, alliances and positions', async ({ page }, testInfo) => {
  const before = await openMap(page);
  const { path, name } = await exportFile(page, testInfo, 'export-json-all');
  expect(name).toBe(`alliances-de-villes-au-carre-${UPDATED}.json`);
  const file = JSON.parse(readFileSync(path, 'utf8')) as DataFile;
  expect(file.nodes.map((node) => node.id).sort()).toEqual([...before.visibleNodeIds].sort());
  for (const node of file.nodes) {
    expect(Math.abs((node.x ?? NaN) - (before.positions[node.id]?.x ?? NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(Math.abs((node.y ?? NaN) - (before.positions[node.id]?.y ?? NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
  }

  await page.goto(`./?data=/downloads/${encodeURIComponent(path.split('/').pop() ?? '')}`);
  const after = await mapView(page);
  expect(new Set(after.visibleNodeIds)).toEqual(new Set(before.visibleNodeIds));
  expect(new Set(after.visibleEdgeIds)).toEqual(new Set(before.visibleEdgeIds));
  for (const node of file.nodes) {
    expect(Math.abs((after.positions[node.id]?.x ?? NaN) - (node.x ?? NaN))).toBeLessThanOrEqual(0.1);
    expect(Math.abs((after.positions[node.id]?.y ?? NaN) - (node.y ?? NaN))).toBeLessThanOrEqual(0.1);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
});

test('the filtered JSON export holds the visible actors and alliances only', async ({ page }, testInfo) => {
  const before = await openMap(page, FILTERED);
  const { path } = await exportFile(page, testInfo, 'export-json-filtered');
  const file = JSON.parse(readFileSync(path, 'utf8')) as DataFile;
  expect(new Set(file.nodes.map((node) => node.id))).toEqual(new Set(before.visibleNodeIds));
  expect(new Set(file.edges.map((edge) => edge.id))).toEqual(new Set(before.visibleEdgeIds));
  await page.goto(`./?data=/downloads/${encodeURIComponent(path.split('/').pop() ?? '')}`);
  const after = await mapView(page);
  expect(new Set(after.visibleNodeIds)).toEqual(new Set(before.visibleNodeIds));
});

/** Opens files through the Open dialog, accepts the import report and waits for the new map. */
async function reopen(page: Page, paths: string[]) {
  await page.getByTestId('open-file').setInputFiles(paths);
  await expect(page.getByTestId('import-report')).toBeVisible();
  await page.getByTestId('import-accept').click();
  await expect(page.getByTestId('import-report')).toBeHidden();
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const view = window.allianceMap?.view();
    return [view?.visibleNodeIds.length, view?.visibleEdgeIds.length];
  });

test('the CSV exports open in French Excel as they are (BOM, ";", decimal commas) and open again in the app', async ({
  page,
}, testInfo) => {
  await openMap(page);
  const actors = await exportFile(page, testInfo, 'export-csv-actors');
  expect(actors.name).toBe(`alliances-de-villes-au-carre-${UPDATED}-acteurs.csv`);
  const actorsText = readFileSync(actors.path, 'utf8');
  expect(actorsText.startsWith('\uFEFF"id";"label";"kind";"category";"regions";"sdgs";"description";"url";"x";"y";"labels.en"')).toBe(true);
  // Positions are numbers with a decimal comma, never a point.
  expect(actorsText).toMatch(/;-?\d+,\d;-?\d+(,\d)?;/);
  expect(actorsText).not.toMatch(/;-?\d+\.\d;/);
  const alliances = await exportFile(page, testInfo, 'export-csv-alliances');
  expect(alliances.name).toBe(`alliances-de-villes-au-carre-${UPDATED}-alliances.csv`);
  const alliancesText = readFileSync(alliances.path, 'utf8');
  expect(
    alliancesText.startsWith('\uFEFF"id";"source";"target";"relation";"support";"amount";"currency";"start";"end";"sdgs";"description"'),
  ).toBe(true);
  for (const edge of seed.edges) expect(alliancesText).toContain(`\r\n"${edge.id}";`);

  await reopen(page, [actors.path, alliances.path]);
  await expect.poll(() => counts(page)).toEqual([seed.nodes.length, seed.edges.length]);
  await expect(page.getByTestId('import-notice')).toContainText(`${seed.nodes.length} acteurs, ${seed.edges.length} alliances`);
});

test('in English, the CSV exports use "," and decimal points, still with a BOM', async ({ page }, testInfo) => {
  await openMap(page, 'lang=en');
  const { path } = await exportFile(page, testInfo, 'export-csv-actors');
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF"id","label","kind"')).toBe(true);
  expect(text).toMatch(/,-?\d+\.\d,-?\d+(\.\d)?,/);
});

test('the GEXF export opens in a graph tool with the map’s colours and positions, and in the app again', async ({ page }, testInfo) => {
  const before = await openMap(page);
  const gexf = await exportFile(page, testInfo, 'export-gexf');
  expect(gexf.name).toBe(`alliances-de-villes-au-carre-${UPDATED}.gexf`);
  const text = readFileSync(gexf.path, 'utf8');
  const parsed = await page.evaluate((xml) => {
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    const colour = (id: string) => {
      const node = [...document.getElementsByTagName('node')].find((element) => element.getAttribute('id') === id);
      const viz = node?.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color')[0];
      return viz ? ['r', 'g', 'b'].map((channel) => Number(viz.getAttribute(channel))) : null;
    };
    return {
      errors: document.getElementsByTagName('parsererror').length,
      nodes: document.getElementsByTagName('node').length,
      edges: document.getElementsByTagName('edge').length,
      positions: document.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'position').length,
      catalyst: colour('villes-au-carre'),
    };
  }, text);
  expect(parsed).toMatchObject({ errors: 0, nodes: seed.nodes.length, edges: seed.edges.length, positions: seed.nodes.length });
  expect(parsed.catalyst).toEqual([0x5d, 0x6f, 0x94]); // the theme's catalyst colour

  const graphml = await exportFile(page, testInfo, 'export-graphml');
  expect(graphml.name).toBe(`alliances-de-villes-au-carre-${UPDATED}.graphml`);
  expect(readFileSync(graphml.path, 'utf8')).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');

  await reopen(page, [gexf.path]);
  await expect.poll(() => counts(page)).toEqual([seed.nodes.length, seed.edges.length]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
  // The positions come back where they were (GEXF carries y upwards; the importer turns it back).
  const after = await mapView(page);
  const id = before.visibleNodeIds[0] ?? '';
  expect(Math.abs((after.positions[id]?.y ?? NaN) - (before.positions[id]?.y ?? NaN))).toBeLessThanOrEqual(0.1);
});

test('the single-file map opens from file:// with no network and the same view', async ({ page, context }, testInfo) => {
  const before = await openMap(page, FILTERED);
  const status = await page.getByTestId('status').textContent();
  const { path, name } = await exportFile(page, testInfo, 'export-html');
  expect(name).toBe(`alliances-de-villes-au-carre-${UPDATED}.html`);
  const html = readFileSync(path, 'utf8');
  expect(html).toContain('http-equiv="Content-Security-Policy"');

  const offline = await context.newPage();
  const errors = recordErrors(offline);
  const requests = recordRequests(offline);
  await reportCspViolations(offline);
  await offline.goto(pathToFileURL(path).href);
  const view = await mapView(offline);
  expect(new Set(view.visibleNodeIds)).toEqual(new Set(before.visibleNodeIds));
  expect(new Set(view.visibleEdgeIds)).toEqual(new Set(before.visibleEdgeIds));
  expect(view.visibleNodeIds.length).toBeLessThan(seed.nodes.length);
  await expect(offline.getByTestId('status')).toHaveText(status ?? '');
  await expect(offline.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
  for (const id of before.visibleNodeIds) {
    expect(Math.abs((view.positions[id]?.x ?? NaN) - (before.positions[id]?.x ?? NaN))).toBeLessThanOrEqual(0.1);
  }
  // The map is drawn (Cytoscape's canvases are there) and nothing was fetched or blocked.
  await expect(offline.getByTestId('map').locator('canvas').first()).toBeVisible();
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);

  // Exports work inside the single-file map too, under its policy: a picture, and itself again.
  const picture = await exportFile(offline, testInfo, 'export-png-1');
  expect(pngSize(picture.path).width).toBeGreaterThan(LEGEND_WIDTH);
  const again = await exportFile(offline, testInfo, 'export-html');
  const third = await context.newPage();
  const thirdErrors = recordErrors(third);
  await third.goto(pathToFileURL(again.path).href);
  const thirdView = await mapView(third);
  expect(new Set(thirdView.visibleNodeIds)).toEqual(new Set(before.visibleNodeIds));
  await expect(third.getByTestId('status')).toHaveText(status ?? '');
  expect(errors).toEqual([]);
  expect(thirdErrors).toEqual([]);
  await third.close();
  await offline.close();
});

test('in the WebGL drawing mode, whose drawing is complete, the menu offers SVG too', async ({ page }, testInfo) => {
  await openMap(page, 'renderer=webgl');
  await page.getByTestId('export-menu-button').click();
  await expect(page.getByTestId('export-png-1')).toBeVisible();
  const { name, path } = await exportFile(page, testInfo, 'export-svg');
  expect(name).toMatch(/\.svg$/);
  expect(readFileSync(path, 'utf8')).toContain('<svg');
});

test('the export menu works from the keyboard', async ({ page }) => {
  await openMap(page);
  const button = page.getByTestId('export-menu-button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('export-png-1')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-png-2')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('dialog').getByRole('button').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-png-1')).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});
