import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { filesUnder } from '../scripts/files-under';
import { PRIVATE_NESTED, PRIVATE_NESTED_QUOTES, PRIVATE_NESTED_SECRETS } from '../test/unit/helpers/privateFixture';
import { APP_PORT, E2E_PUBLISH_DIR, HOST_PORT } from '../playwright.config';
import { mapView, readDataFile, recordRequests } from './helpers';

// Issue 15, findings 5 and 4: a publish build of a file whose private fields hide at every depth
// and in every case, restricted to its own origin (--data-from same-origin). Nothing private is left
// under the output folder, the published map works, and data= from another site is refused.
const FIXTURE = PRIVATE_NESTED;
const OUT = `${E2E_PUBLISH_DIR}/carte`;
const MAP = `http://127.0.0.1:${APP_PORT}/publish/carte/`;
const SECRETS = [...PRIVATE_NESTED_SECRETS, ...PRIVATE_NESTED_QUOTES];
const fixture = readDataFile(FIXTURE);
let buildLog = '';

test.describe.configure({ mode: 'serial', timeout: 60_000 });

test.beforeAll(() => {
  test.setTimeout(300_000);
  rmSync(OUT, { recursive: true, force: true });
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', '--data', FIXTURE, '--data-from', 'same-origin', '--out', OUT], {
    encoding: 'utf8',
  });
  buildLog = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the publish build failed:\n${buildLog}`);
});

test('nothing marked private is anywhere under the output folder, and the build said what it left out', () => {
  const files = filesUnder(OUT);
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(file, 'utf8').toLowerCase();
    for (const secret of SECRETS) expect(text.includes(secret.toLowerCase()), `${secret} in ${file}`).toBe(false);
  }
  const published = readFileSync(`${OUT}/data/private-nested.json`, 'utf8');
  expect(published).not.toMatch(/"(email|phone)"\s*:/i);
  expect(published).toContain('"public-note": "visible"');
  expect(buildLog).toContain(
    'edges[0].sources[0]: citation left out of the published copy: its quote holds the value of the private field',
  );
  expect(buildLog).toContain("data= restricted to the app's own origin");
});

test('the published map opens its file with no error and shows what is public', async ({ page }) => {
  await page.goto(MAP);
  const view = await mapView(page);
  expect(view.visibleNodeIds.sort()).toEqual(fixture.nodes.map((node) => node.id).sort());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.meta.title);
  await expect(page.getByTestId('load-error')).toHaveCount(0);
  await expect(page.getByTestId('data-origin')).toHaveCount(0);
  await page.getByTestId('search-input').fill('imbriquee');
  await page.getByTestId('search-option-association-imbriquee').click();
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Association Imbriquée');
  await expect(panel).toContainText('visible');
  await expect(panel).toContainText('Accueil');
  const text = (await page.locator('body').textContent()) ?? '';
  for (const secret of SECRETS) expect(text).not.toContain(secret);
});

test('a build restricted to its own origin refuses data= from another site and asks nothing of it', async ({ page }) => {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(`${OUT}/index.html`, 'utf8'))?.[1];
  expect(csp).toContain("connect-src 'self'");
  const requests = recordRequests(page);
  const foreign = `http://127.0.0.1:${HOST_PORT}/fixtures/security/foreign-data.json`;
  await page.goto(`${MAP}?data=${encodeURIComponent(foreign)}`);
  const error = page.getByTestId('load-error');
  await expect(error).toContainText('n’ouvre que les données des sites choisis par qui la publie');
  await expect(error).toContainText(`vient de 127.0.0.1:${HOST_PORT}`);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Carte officielle des alliances du territoire');
  expect(requests.filter((url) => url.startsWith(`http://127.0.0.1:${HOST_PORT}/`))).toEqual([]);
  // In English too; and its own files still open by data=.
  await page.goto(`${MAP}?lang=en&data=${encodeURIComponent(foreign)}`);
  await expect(error).toContainText('This map opens data only from the sites its publisher chose');
  await page.goto(`${MAP}?data=data/private-nested.json`);
  await mapView(page);
  await expect(error).toHaveCount(0);
});
