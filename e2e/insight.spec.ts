import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { mapView, readDataFile, recordErrors, screenGreys, screenshotPath, SEED_FILE } from './helpers';

// Issue 17: reading the ecosystem — size by a measure, the tables, the geographic arrangement,
// the summary charts. Screenshots of each go to docs/insight-*.png.

const seed = readDataFile(SEED_FILE);

/** Share (0..1) of a screen square that is not the map's pale background: how much an actor covers. */
async function inkShare(page: Page, centre: { x: number; y: number }, side: number): Promise<number> {
  const greys = await screenGreys(page, { x: centre.x - side / 2, y: centre.y - side / 2, width: side, height: side });
  return greys.filter((grey) => grey < 215).length / greys.length;
}

test('sizing by betweenness shrinks an actor that bridges nothing and explains the measure', async ({ page }) => {
  const errors = recordErrors(page);
  // RNCRPV has two alliances, but its two partners are allied themselves: no shortest path runs through it.
  const partners = seed.edges.filter((edge) => edge.source === 'rncrpv' || edge.target === 'rncrpv');
  expect(partners).toHaveLength(2);
  const [a, b] = partners.map((edge) => (edge.source === 'rncrpv' ? edge.target : edge.source));
  expect(seed.edges.some((edge) => (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a))).toBe(true);
  await page.goto('./');
  const first = await mapView(page);
  const at = first.positions.rncrpv!;
  const zoom = 2;
  await page.goto(`./?cam=${at.x},${at.y},${zoom}`);
  await mapView(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // At 2 alliances out of 22 the actor is about 37 model units wide; with no betweenness, the smallest (26).
  const side = 33 * zoom;
  const before = await inkShare(page, centre, side);

  await page.getByTestId('legend-size-by').selectOption('betweenness');
  await expect(page).toHaveURL(/[?&]size=betweenness/);
  await expect(page.getByTestId('legend-size-explain')).toContainText('plus courts chemins');
  await expect.poll(() => inkShare(page, centre, side)).toBeLessThan(before * 0.8);
  await page.goto('./?size=betweenness&color=community');
  await mapView(page);
  await expect(page.getByTestId('legend-communities')).toBeVisible();
  await page.screenshot({ path: screenshotPath('docs/insight-size-betweenness.png') });
  expect(errors).toEqual([]);
});

test('the actors table sorts by any column, reverses on a second click, and selects on the map', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  await page.getByRole('button', { name: 'Tableau', exact: true }).click();
  await expect(page).toHaveURL(/[?&]view=table/);
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(seed.nodes.length);
  const header = table.getByRole('columnheader', { name: /Intermédiarité/ });
  const firstName = () => table.locator('tbody tr').first().locator('th').innerText();

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await firstName()).toBe('Villes au Carré');
  await expect(table.locator('tbody tr').nth(1).locator('th')).toHaveText('Le RAMEAU');
  await expect(page).toHaveURL(/[?&]sort=-betweenness/);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.locator('tbody tr').last().locator('th')).toHaveText('Villes au Carré');

  // The CSV holds the table as shown: its headers, its order, French separators.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('table-csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(seed.nodes.length + 1);
  expect(lines[0]).toMatch(/^"?Nom"?;/);
  expect(lines.at(-1)).toMatch(/^"?Villes au Carré"?;/);

  const row = table.locator('tbody tr', { hasText: 'Fonds ODD17' });
  await row.getByRole('button', { name: 'Fonds ODD17' }).click();
  await expect(page.getByTestId('actor-panel').getByRole('heading', { level: 2 })).toHaveText('Fonds ODD17');
  await expect(row.getByRole('button', { name: 'Fonds ODD17' })).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: screenshotPath('docs/insight-table.png') });

  // The other way: an actor opened from the search is the table's current row.
  await page.getByTestId('search-input').fill('ademe');
  await page.getByTestId('search-input').press('Enter');
  await expect(table.locator('tbody tr', { hasText: 'ADEME' }).getByRole('button', { name: 'ADEME' })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

for (const renderer of ['cytoscape', 'webgl'] as const) {
  test(`the geographic arrangement places actors on the map of France and back (${renderer})`, async ({ page }) => {
    const errors = recordErrors(page);
    await page.goto(`./?renderer=${renderer}`);
    const force = await mapView(page);
    await expect(page.getByTestId('map-backdrop')).not.toHaveClass(/is-shown/);

    await page.getByTestId('map-geo').click();
    await expect(page).toHaveURL(/[?&]arrange=geo/);
    await expect(page.getByTestId('map-geo')).toHaveAttribute('aria-pressed', 'true');
    const backdrop = page.getByTestId('map-backdrop');
    await expect(backdrop).toHaveClass(/is-shown/);
    await expect(backdrop).toContainText('National');
    await expect(backdrop).toContainText('Guadeloupe');
    expect(await backdrop.locator('path').count()).toBeGreaterThan(90);
    await expect.poll(() => page.evaluate(() => window.allianceMap?.view().positions)).not.toEqual(force.positions);
    const geo = await mapView(page);
    // National actors in the band right of the map; the Centre-Val de Loire's inside it.
    expect(geo.positions['fonds-odd17']!.x).toBeGreaterThan(geo.positions['region-centre-val-de-loire']!.x + 500);
    await page.waitForTimeout(1200); // the move and the framing, before the picture
    await page.screenshot({ path: screenshotPath(`docs/insight-geo${renderer === 'webgl' ? '-webgl' : ''}.png`) });

    // Sizing by a measure rebuilds the drawing: the map of France stays behind it.
    await page.getByRole('combobox', { name: 'Taille :' }).selectOption({ label: 'intermédiarité' });
    await expect(page).toHaveURL(/[?&]size=betweenness/);
    await expect(backdrop).toHaveClass(/is-shown/);
    expect(await backdrop.locator('path').count()).toBeGreaterThan(90);

    await page.getByTestId('map-geo').click();
    await expect(page).not.toHaveURL(/arrange=/);
    await expect(backdrop).not.toHaveClass(/is-shown/);
    await expect.poll(() => page.evaluate(() => window.allianceMap?.view().positions)).toEqual(force.positions);
    expect(errors).toEqual([]);
  });
}

test('a bar of the summary sets its filter on the map', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  await page.getByRole('button', { name: 'Synthèse', exact: true }).click();
  await expect(page).toHaveURL(/[?&]view=summary/);
  const funders = seed.nodes.filter((node) => node.kind === 'funder').length;
  // A bar is a button named by its full label and value (its SVG <title>).
  const bar = page.getByTestId('chart-byKind').getByRole('button', { name: `Financeur : ${funders}`, exact: true });
  await expect(bar).toHaveAttribute('aria-pressed', 'false');
  await bar.click();
  await expect(page).toHaveURL(/[?&]kind=funder/);
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('status')).toContainText(`${funders} acteurs sur ${seed.nodes.length}`);
  await page.screenshot({ path: screenshotPath('docs/insight-summary.png') });
});
