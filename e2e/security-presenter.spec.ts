import { expect, test, type Page } from '@playwright/test';
import { mapView, openPresenterWindow, readDataFile } from './helpers';

// Issue 15, finding 7: another page of the same origin can neither read the speaker notes nor drive
// the presentation; the presenter window opened by the map's button still follows and drives it.
const FIXTURE = 'test/fixtures/security/presenter-notes.json';
const story = readDataFile(FIXTURE).stories?.[0];
if (!story) throw new Error(`${FIXTURE} has no story`);
const NOTES = /NOTE-CONFIDENTIELLE/;

/** A page of the same origin listening on the channel names it can guess, and posting commands there. */
async function eavesdrop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    for (const name of ['alliance-map-presenter', 'alliance-map-presenter:', 'presenter']) {
      const channel = new BroadcastChannel(name);
      channel.onmessage = (event: MessageEvent) => heard.push(event.data);
      channel.postMessage({ type: 'hello' });
      channel.postMessage({ type: 'go', step: 3 });
    }
  });
}

const heard = (page: Page) => page.evaluate(() => JSON.stringify((window as unknown as { heard: unknown[] }).heard));

test('another page of the same origin neither hears the speaker notes nor drives the presentation', async ({ page, context }) => {
  const presenter = await openPresenterWindow(page, './?data=/fixtures/security/presenter-notes.json');
  const intruder = await context.newPage();
  await intruder.goto('./?lang=en');
  await mapView(intruder);
  await eavesdrop(intruder);

  await page.getByTestId('present-button').click();
  await expect(page.getByTestId('present-title')).toHaveText(story.steps[0]?.title ?? '');
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(story.steps[0]?.notes ?? '');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(story.steps[1]?.notes ?? '');
  await eavesdrop(intruder);
  // The presenter window drives the shared window; the intruder's "go 3" did not.
  await presenter.getByTestId('presenter-prev').click();
  await expect(page.getByTestId('present-title')).toHaveText(story.steps[0]?.title ?? '');
  await expect.poll(() => new URL(page.url()).searchParams.get('step') ?? '1').toBe('1');
  expect(await heard(intruder)).not.toMatch(NOTES);
  expect(await heard(intruder)).toBe('[]');

  // The presenter window cannot be reached by a name the intruder could guess.
  const reached = await intruder.evaluate(() => {
    const other = window.open('', 'alliance-map-presenter');
    const text = other?.document.body.textContent ?? '';
    other?.close();
    return text;
  });
  expect(reached).not.toMatch(NOTES);

  // A presenter window opened by address, without the pairing token, shows no notes and says why.
  const forged = await context.newPage();
  await forged.goto('./?data=/fixtures/security/presenter-notes.json#presenter');
  await expect(forged.getByTestId('presenter-view')).toContainText('reliée à aucune présentation');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-title')).toHaveText(story.steps[1]?.title ?? '');
  await expect(forged.getByTestId('presenter-view')).not.toContainText(NOTES);
});
