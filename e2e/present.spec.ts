import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DataFile } from '../src/model/types';
import { DOWNLOADS_DIR } from '../playwright.config';
import { mapView, openPresenterWindow, readDataFile, screenshotPath, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);
const story = seed.stories?.[0];
if (!story) throw new Error('the default dataset has no story');

/** What the app shows for a view, opened on its own: the independent measure of each step. */
async function visibleFor(page: Page, view: string): Promise<string[]> {
  const other = await page.context().newPage();
  await other.goto(`./?${view}`);
  const shown = (await mapView(other)).visibleNodeIds.sort();
  await other.close();
  return shown;
}

test('the default story steps with the keyboard: title, caption, actors and URL change at each step', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./?present=1&story=${story.id}&step=1`);
  await mapView(page);
  const overlay = page.getByTestId('present-overlay');
  const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'ArrowRight', 'PageDown'];
  const seen = new Set<string>();
  for (const [index, step] of story.steps.entries()) {
    await expect(page.getByTestId('present-title')).toHaveText(step.title);
    await expect(page.getByTestId('present-caption')).toHaveText(step.caption ?? '');
    await expect(page.getByTestId('present-progress')).toContainText(`Étape ${index + 1} sur ${story.steps.length}`);
    // Step 1 is the default, left out of the canonical URL.
    await expect.poll(() => new URL(page.url()).searchParams.get('step') ?? '1').toBe(String(index + 1));
    const shown = (await mapView(page)).visibleNodeIds.sort();
    expect(shown, `actors of step ${index + 1}`).toEqual(await visibleFor(page, step.view));
    seen.add(shown.join(','));
    // Editing chrome is hidden while presenting.
    await expect(page.locator('.app-header')).toBeHidden();
    await page.screenshot({ path: screenshotPath(`docs/present/step-${index + 1}-1280x720.png`) });
    await page.setViewportSize({ width: 640, height: 360 });
    await expect(overlay).toBeVisible();
    await page.screenshot({ path: screenshotPath(`docs/present/step-${index + 1}-640x360.png`) });
    await page.setViewportSize({ width: 1280, height: 720 });
    if (index < story.steps.length - 1) await page.keyboard.press(keys[index] ?? 'ArrowRight');
  }
  expect(seen.size, 'the steps show different sets of actors').toBeGreaterThan(3);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('present-title')).toHaveText(story.steps[story.steps.length - 2]?.title ?? '');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(page.locator('.app-header')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('p starts presenting; outside presentation the arrow keys move the map, not the story', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  await page.getByTestId('map').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-overlay')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
  await page.keyboard.press('p');
  await expect(page.getByTestId('present-title')).toHaveText(story.steps[0]?.title ?? '');
  expect(new URL(page.url()).searchParams.get('present')).toBe('1');
  await page.getByTestId('present-next').click();
  await expect(page.getByTestId('present-title')).toHaveText(story.steps[1]?.title ?? '');
  await page.keyboard.press('p');
  await expect(page.getByTestId('present-overlay')).toHaveCount(0);
});

test('the presenter window shows the notes and the next step, and stays in step', async ({ page }) => {
  const presenter = await openPresenterWindow(page, './');
  await page.getByTestId('present-button').click();
  await expect(presenter.getByTestId('presenter-title')).toHaveText(story.steps[0]?.title ?? '');
  await expect(presenter.getByTestId('presenter-next-title')).toHaveText(story.steps[1]?.title ?? '');
  await expect(presenter.getByTestId('presenter-timer')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-title')).toHaveText(story.steps[1]?.title ?? '');
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(story.steps[1]?.notes ?? 'Pas de notes pour cette étape.');
  // The presenter drives the shared window too.
  await presenter.getByTestId('presenter-next').click();
  await expect(page.getByTestId('present-title')).toHaveText(story.steps[2]?.title ?? '');
});

test('autoplay advances the story by itself', async ({ page }) => {
  await page.goto(`./?present=1&story=${story.id}&step=1&autoplay=1`);
  await mapView(page);
  // Each step lasts a second: on a busy machine the story may be further on when first looked at.
  const later = (story.steps.slice(1) ?? []).map((step) => step.title);
  await expect
    .poll(async () => later.includes((await page.getByTestId('present-title').textContent()) ?? ''), { timeout: 5000 })
    .toBe(true);
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('step'))).toBeGreaterThan(1);
});

test('a story captured in the app survives the JSON export and opening that file again', async ({ page }) => {
  await page.goto('./?sdg=13');
  await mapView(page);
  await page.getByTestId('stories-button').click();
  const editor = page.getByTestId('story-editor');
  await expect(editor).toBeVisible();
  await editor.getByPlaceholder(/Étape/).fill('Le climat en Centre-Val de Loire');
  await page.getByTestId('story-add-step').click();
  const added = page.getByTestId(`story-step-${story.steps.length + 1}`);
  await expect(added.getByRole('textbox').first()).toHaveValue('Le climat en Centre-Val de Loire');

  await page.getByTestId('export-menu-button').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-json-all').click();
  const file = `${DOWNLOADS_DIR}/story-roundtrip.json`;
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as DataFile;
  const saved = exported.stories?.find((candidate) => candidate.id === story.id);
  expect(saved?.steps.at(-1)).toMatchObject({ title: 'Le climat en Centre-Val de Loire', view: 'sdg=13' });

  await page.goto('./?data=/downloads/story-roundtrip.json');
  await mapView(page);
  await page.getByTestId('stories-button').click();
  await expect(
    page
      .getByTestId(`story-step-${story.steps.length + 1}`)
      .getByRole('textbox')
      .first(),
  ).toHaveValue('Le climat en Centre-Val de Loire');
  await page.goto(`./?data=/downloads/story-roundtrip.json&present=1&story=${story.id}&step=${story.steps.length + 1}`);
  await expect(page.getByTestId('present-title')).toHaveText('Le climat en Centre-Val de Loire');
  expect((await mapView(page)).filters).toEqual({ sdg: '13' });
});

test('the timeline plays the ecosystem year by year and can fade ended alliances', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  await page.getByTestId('map-timeline').click();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await page.getByTestId('timeline-play').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('period'), { timeout: 10_000 }).toMatch(/^-20\d\d$/);
  const first = Number(new URL(page.url()).searchParams.get('period')?.slice(1));
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('period')?.slice(1)), { timeout: 10_000 }).toBeGreaterThan(first);
  await page.getByTestId('timeline-play').click();
  // Alliances that start after the year shown are not drawn yet.
  const year = Number(new URL(page.url()).searchParams.get('period')?.slice(1));
  const view = await mapView(page);
  const later = seed.edges.filter((edge) => edge.start !== undefined && Number(edge.start.slice(0, 4)) > year).map((edge) => edge.id);
  for (const id of later) expect(view.visibleEdgeIds).not.toContain(id);
});
