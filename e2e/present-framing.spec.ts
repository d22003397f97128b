import { expect, test, type Page } from '@playwright/test';
import { mapView, readDataFile, screenshotPath, SEED_FILE } from './helpers';

// Presentation as a video tile: at each size a shared screen is seen at, every actor a story step
// shows lies in the part of the map the caption card leaves free.

const story = readDataFile(SEED_FILE).stories?.[0];
if (!story) throw new Error('the default dataset has no story');

const SIZES = [
  { width: 640, height: 360 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
/** Room kept around an actor's centre: about its radius on screen. */
const ACTOR_MARGIN_PX = 8;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The map's camera once it has held still for a few frames (a step's framing eases in). */
async function settledView(page: Page) {
  let last = '';
  for (let tries = 0; tries < 40; tries += 1) {
    const view = await mapView(page);
    const now = JSON.stringify(view.viewport);
    if (view.viewport && now === last) return { ...view, viewport: view.viewport };
    last = now;
    await page.waitForTimeout(150);
  }
  throw new Error('the map never held still');
}

const inside = (point: { x: number; y: number }, box: Box, margin: number) =>
  point.x - margin >= box.x && point.x + margin <= box.x + box.width && point.y - margin >= box.y && point.y + margin <= box.y + box.height;
const overlaps = (point: { x: number; y: number }, box: Box, margin: number) =>
  point.x + margin > box.x && point.x - margin < box.x + box.width && point.y + margin > box.y && point.y - margin < box.y + box.height;

/** Where each actor the step shows is on the page, and the actors that are off the map or under the caption. */
async function misplacedActors(page: Page): Promise<string[]> {
  const { viewport, positions, visibleNodeIds } = await settledView(page);
  const map = await page.getByTestId('map').boundingBox();
  const card = await page.locator('.present-card').boundingBox();
  if (!map || !card) throw new Error('no map or no caption card on screen');
  const wrong: string[] = [];
  for (const id of visibleNodeIds) {
    const position = positions[id];
    if (!position) throw new Error(`no position for ${id}`);
    const point = { x: map.x + (position.x - viewport.x1) * viewport.zoom, y: map.y + (position.y - viewport.y1) * viewport.zoom };
    if (!inside(point, map, ACTOR_MARGIN_PX)) wrong.push(`${id} off the map at ${point.x.toFixed(0)},${point.y.toFixed(0)}`);
    else if (overlaps(point, card, ACTOR_MARGIN_PX)) wrong.push(`${id} under the caption at ${point.x.toFixed(0)},${point.y.toFixed(0)}`);
  }
  return wrong;
}

for (const size of SIZES) {
  test(`at ${size.width} × ${size.height}, every step frames its actors clear of the caption`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await page.goto(`./?present=1&story=${story.id}&step=1`);
    await mapView(page);
    for (const [index, step] of story.steps.entries()) {
      await expect(page.getByTestId('present-title')).toHaveText(step.title);
      // Screen readers hear each step's title and caption: they are in a polite live region.
      const live = page.getByTestId('present-overlay').locator('[aria-live="polite"]');
      await expect(live).toContainText(step.title);
      expect(await live.getByRole('heading', { level: 2 }).textContent()).toBe(step.title);
      expect(await misplacedActors(page), `step ${index + 1}, "${step.title}"`).toEqual([]);
      // Step 5 once hid Villes au Carré under its caption in a video tile.
      const shot = index === 4 ? 'docs/present/video-tile-640x360.png' : `docs/present/video-tile-step-${index + 1}-640x360.png`;
      if (size.width === 640) await page.screenshot({ path: index === 4 ? screenshotPath(shot) : `.tmp/e2e-shots/${shot.slice(5)}` });
      if (index < story.steps.length - 1) await page.keyboard.press('ArrowRight');
    }
  });
}

test('a step opened from its link at 640 × 360 is framed clear of the caption', async ({ page }) => {
  await page.setViewportSize(SIZES[0] ?? { width: 640, height: 360 });
  for (const step of [5, 2]) {
    await page.goto(`./?present=1&story=${story.id}&step=${step}`);
    await expect(page.getByTestId('present-title')).toHaveText(story.steps[step - 1]?.title ?? '');
    expect(await misplacedActors(page), `step ${step} opened from its link`).toEqual([]);
  }
});
