// Issue 18: a whole task with the keyboard alone (no mouse event), focus checked after each step.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mapView } from './helpers';

/** Presses Tab until `target` has the focus: it is in the Tab order, and reached without a mouse. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with ${limit} presses of Tab`);
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('filter, search, open an actor, go to a partner, focus, share and present with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000); // a long task, and each Tab press is a round trip
  let mouseEvents = 0;
  await page.exposeFunction('countMouse', () => (mouseEvents += 1));
  await page.addInitScript(() => {
    for (const type of ['mousedown', 'click'])
      window.addEventListener(
        type,
        (event) => (event as MouseEvent).detail > 0 && (window as unknown as { countMouse: () => void }).countMouse(),
        true,
      );
  });
  await page.goto('./');
  await mapView(page);

  // Skip to the map.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map')).toBeFocused();

  // Filter by an SDG and a region.
  const sdg = page.getByTestId('filter-sdg-13');
  await tabTo(page, sdg);
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'sdg')).toBe('13');
  await expect(sdg).toBeFocused();
  const region = page.getByTestId('filter-region-24');
  await tabTo(page, region);
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'region')).toBe('24');
  await expect(region).toBeFocused();

  // Search and open an actor.
  await page.keyboard.press('/');
  const search = page.getByTestId('search-input');
  await expect(search).toBeFocused();
  await page.keyboard.type('oxyg');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Réseau Oxygène');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

  // Move to a partner and open it.
  const partner = panel.getByTestId('actor-partner-villes-au-carre');
  await tabTo(page, partner);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Villes au Carré');
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

  // Focus on it, and come back.
  const focusButton = panel.getByRole('button', { name: /Focus/ });
  await tabTo(page, focusButton);
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'focus')).toBe('villes-au-carre');
  const exit = page.getByTestId('focus-exit');
  await tabTo(page, exit);
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'focus')).toBeNull();
  await expect(page.getByTestId('map')).toBeFocused();

  // Close the panel: Escape.
  await panel.getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // Share: copy the embed code; Escape gives the focus back to Share.
  const share = page.getByTestId('share-button');
  await tabTo(page, share);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('share-dialog')).toBeVisible();
  const copy = page.getByTestId('share-copy-snippet');
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(copy).toHaveText('Copié !');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-dialog')).toBeHidden();
  await expect(share).toBeFocused();

  // Present a story, step on, and leave: the focus comes back to Présenter.
  const present = page.getByTestId('present-button');
  await tabTo(page, present);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('present-title')).toBeVisible();
  const first = await page.getByTestId('present-title').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-title')).not.toHaveText(first ?? '');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present-title')).toBeHidden();
  await expect(present).toBeFocused();

  expect(mouseEvents).toBe(0);
});
