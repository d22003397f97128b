import { expect, test } from '@playwright/test';
import { mapView } from './helpers';

test('Share gives a link to the view and an embed snippet with options and a live preview', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?sdg=13');
  await mapView(page);
  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();

  const link = await page.getByTestId('share-link').inputValue();
  expect(new URL(link).searchParams.get('sdg')).toBe('13');
  await page.getByTestId('share-copy-link').click();
  await expect(page.getByTestId('share-copy-link')).toHaveText('Copié !');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await page.getByTestId('share-height').fill('360');
  await page.getByTestId('share-panel-search').check();
  await page.getByTestId('share-origins').fill('https://rapport.example.org, not-a-site');
  await expect(dialog).toContainText('Ignoré : not-a-site');
  const snippet = await page.getByTestId('share-snippet').inputValue();
  expect(snippet).toContain('height="360"');
  const src = new URL(/src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '');
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('panels')).toBe('legend,search');
  expect(src.searchParams.get('origin')).toBe('https://rapport.example.org');
  expect(src.searchParams.get('sdg')).toBe('13');
  expect(`${src.origin}${src.pathname}`).toBe(new URL(baseURL ?? '').href);

  // The live preview is the embed itself, at the chosen height.
  const preview = page.getByTestId('share-preview');
  await expect(preview).toHaveAttribute('height', '360');
  const frame = page.frameLocator('[data-testid=share-preview]');
  await expect(frame.getByTestId('embed-full-map')).toBeVisible();
  await expect(frame.getByTestId('search-input')).toBeVisible();

  await page.getByTestId('share-current-view').uncheck();
  const whole = await page.getByTestId('share-snippet').inputValue();
  expect(whole).not.toContain('sdg=13');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('share-button')).toBeFocused();
});
