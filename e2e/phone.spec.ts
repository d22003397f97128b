// Issue 18: the phone task with touch alone at 390 × 844: search, open an actor, filter.
import { expect, test } from '@playwright/test';
import { mapView } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone, by touch: search and open an actor, close its sheet, filter by an SDG', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByTestId('search-input').tap();
  await page.keyboard.type('ademe');
  await page.getByTestId('search-option-ademe').tap();
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('ADEME');
  await expect(panel).toBeInViewport();
  await panel.getByRole('button', { name: 'Fermer' }).first().tap();
  await expect(panel).toBeHidden();

  await page.getByTestId('filters-toggle').tap();
  await page.getByTestId('filter-sdg-13').tap();
  await expect.poll(() => new URL(page.url()).searchParams.get('sdg')).toBe('13');
  await expect(page.getByTestId('status')).toContainText('sur 22');
});
