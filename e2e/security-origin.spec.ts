import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { APP_PORT, HOST_PORT } from '../playwright.config';
import { generate, mapView, readDataFile, recordErrors, reportCspViolations } from './helpers';

// Issue 15, findings 4 and 8: a data file from another site (another host, or another port of the
// same host) is named, persistently and in both languages, by the site it was read from after
// redirects, in the full app, in an embed and in the links they hand on; the built page carries its
// Content-Security-Policy and works under it (served from a sub-folder here).
const FOREIGN = 'security/foreign-data.json';
const OTHER_SITE = `127.0.0.1:${HOST_PORT}`;
const foreign = readDataFile(`test/fixtures/${FOREIGN}`);
const foreignUrl = `http://${OTHER_SITE}/fixtures/${FOREIGN}`;
const UNPLACED = 'csp-600-unplaced.json';

async function open(page: Page, query: string) {
  await page.goto(`./?${query}`);
  return mapView(page);
}

test('a file from another port of the same host is named by its site, in French and in English, and the map works', async ({ page }) => {
  const errors = recordErrors(page);
  await reportCspViolations(page);
  const view = await open(page, `data=${encodeURIComponent(foreignUrl)}`);
  expect(view.visibleNodeIds.sort()).toEqual(foreign.nodes.map((node) => node.id).sort());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(foreign.meta.title);
  const notice = page.getByTestId('data-origin');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Données de ${OTHER_SITE}`);
  // It stays: after the About dialog, and in a filtered view in English.
  await page.getByTestId('about-button').click();
  await page.keyboard.press('Escape');
  await page.goto(`./?data=${encodeURIComponent(foreignUrl)}&kind=funder&lang=en`);
  await mapView(page);
  await expect(notice).toContainText(`Data from ${OTHER_SITE}`);
  await expect(notice).toBeVisible();
  expect(errors).toEqual([]);
});

test('the app’s own files carry no notice; a redirect is judged by where it ends', async ({ page }) => {
  await open(page, '');
  await expect(page.getByTestId('data-origin')).toHaveCount(0);
  await open(page, `data=/fixtures/${FOREIGN}`);
  await expect(page.getByTestId('data-origin')).toHaveCount(0);
  // An address on this site that redirects to another: the other site is named.
  await open(page, `data=/moved/${FOREIGN}`);
  await expect(page.getByTestId('data-origin')).toContainText(`Données de ${OTHER_SITE}`);
  await expect(page.getByTestId('data-origin')).toHaveAttribute('title', foreignUrl);
  // An address on another site that redirects back to this one: the file is this site's own.
  await open(page, `data=${encodeURIComponent(`http://${OTHER_SITE}/back/${FOREIGN}`)}`);
  await expect(page.getByTestId('data-origin')).toHaveCount(0);
});

test('an embed names the other site, and its full-map and share links carry the notice on', async ({ page, context }) => {
  await open(page, `embed=1&data=${encodeURIComponent(foreignUrl)}`);
  await expect(page.getByTestId('data-origin')).toContainText(`Données de ${OTHER_SITE}`);
  const fullMap = await page.getByTestId('embed-full-map').getAttribute('href');
  expect(fullMap).toContain(encodeURIComponent(foreignUrl));
  const full = await context.newPage();
  await full.goto(fullMap ?? '');
  await mapView(full);
  await expect(full.getByTestId('data-origin')).toContainText(`Données de ${OTHER_SITE}`);
  // The share dialog's link opens the same data, with the same notice.
  await full.getByTestId('share-button').click();
  const link = await full.getByTestId('share-link').inputValue();
  const shared = await context.newPage();
  await shared.goto(link);
  await mapView(shared);
  await expect(shared.getByTestId('data-origin')).toContainText(`Données de ${OTHER_SITE}`);
  expect(new URL(link).origin).toBe(`http://127.0.0.1:${APP_PORT}`);
});

test('the built page has a strict policy, no inline script, and leaves data= open to any origin', async ({ page }) => {
  const html = readFileSync(`${process.env.E2E_DIST ?? 'dist'}/index.html`, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy.split('; ')).toEqual(["script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const errors = recordErrors(page);
  await reportCspViolations(page);
  // The page under its policy, from its sub-folder: a file large enough for the validation worker
  // and unplaced, so the layout worker arranges it; the WebGL mode; the exports' code.
  generate(UNPLACED, 600, 'none');
  await page.goto(`./?data=/generated/${UNPLACED}`);
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toBe(
    policy,
  );
  expect((await mapView(page)).visibleNodeIds).toHaveLength(600);
  await open(page, 'renderer=webgl');
  await page.getByTestId('export-menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png-1').click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  expect(errors).toEqual([]);
});
