// Issue 12: every fact of the default map is the source's or says whose reading it is.
import { expect, test } from '@playwright/test';
import { brightness, openFramed, readDataFile, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);
// Le RAMEAU's kind rests on a reading alone (the sheet names no kind for it): its colour fades.
const READ_KIND = 'le-rameau';

test('an actor with a reading shows it marked, with its reason, next to facts the source states', async ({ page }) => {
  const { point } = await openFramed(page);
  const target = point('villes-au-carre');
  await page.mouse.click(target.x, target.y);
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Villes au Carré');

  const readings = panel.getByRole('button', { name: /une lecture de l’auteur de la carte/ });
  const quoted = panel.getByRole('button', { name: /ce que dit la source/ });
  await expect(readings.first()).toBeVisible();
  await expect(quoted.first()).toBeVisible();
  // SDG 10, 11 and 13 of Villes au Carré are the map author's reading; SDG 17 is stated.
  expect(await readings.count()).toBeGreaterThanOrEqual(3);

  const reading = readings.first();
  await reading.focus();
  const tip = page.locator(`[id="${await reading.getAttribute('aria-describedby')}"]`);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Lecture de l’auteur de la carte');
  const reasons = seed.nodes.find((node) => node.id === 'villes-au-carre')?.sources?.flatMap((ref) => (ref.reason ? [ref.reason] : []));
  expect(reasons?.length).toBeGreaterThan(0);
  await expect(tip).toContainText(reasons?.[0]?.slice(0, 30) ?? 'no reason in the file');
});

test('"only what the sources state" fades what rests on readings, in the URL and back', async ({ page }) => {
  const { point } = await openFramed(page);
  const readKind = point(READ_KIND);
  const stated = point('fonds-odd17');
  const before = { read: await brightness(page, readKind), stated: await brightness(page, stated) };

  const toggle = page.getByTestId('legend-stated');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('stated')).toBe('1');
  await expect.poll(() => brightness(page, readKind)).toBeGreaterThan(before.read + 20);
  // A fact the source states keeps its colour.
  expect(Math.abs((await brightness(page, stated)) - before.stated)).toBeLessThan(8);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await expect.poll(() => new URL(page.url()).searchParams.get('stated')).toBeNull();
  await expect.poll(() => brightness(page, readKind)).toBeLessThan(before.read + 5);
});
