// Issue 18, phone and zoom, by touch (CDP touch events, as a finger gives them): sheets closed by
// a swipe, pinch and one-finger pan on the map, and in an embed one finger scrolls the host page.
import { expect, test, type CDPSession, type Frame, type Page } from '@playwright/test';
import { APP_PATH, APP_PORT, HOST_PORT } from '../playwright.config';
import { mapView } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

type Point = { x: number; y: number };

/** Moves fingers from their start to their end points in small steps, then lifts them. */
async function drag(cdp: CDPSession, fingers: { from: Point; to: Point }[], steps = 10) {
  const at = (t: number) => fingers.map(({ from, to }, id) => ({ id, x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function centreOf(page: Page, testId: string): Promise<Point> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not shown`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The camera the map wrote in the address: x, y, zoom. */
function camera(url: string): number[] | null {
  const cam = new URL(url).searchParams.get('cam');
  return cam ? cam.split(',').map(Number) : null;
}

test('the actor sheet closes with a swipe down its grip; a short swipe leaves it open', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  const cdp = await page.context().newCDPSession(page);
  await page.getByTestId('search-input').tap();
  await page.keyboard.type('ademe');
  await page.getByTestId('search-option-ademe').tap();
  const panel = page.getByTestId('actor-panel');
  await expect(panel).toBeVisible();
  const grip = await centreOf(page, 'actor-sheet-grip');
  await drag(cdp, [{ from: grip, to: { x: grip.x, y: grip.y + 20 } }]);
  await expect(panel).toBeVisible();
  await drag(cdp, [{ from: grip, to: { x: grip.x, y: grip.y + 250 } }]);
  await expect(panel).toBeHidden();
});

test('the filters sheet closes with a swipe down its grip, or with its button', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  const cdp = await page.context().newCDPSession(page);
  const toggle = page.getByTestId('filters-toggle');
  await toggle.tap();
  await expect(page.getByTestId('filter-sdg-13')).toBeVisible();
  const grip = await centreOf(page, 'filters-sheet-grip');
  await drag(cdp, [{ from: grip, to: { x: grip.x, y: grip.y + 250 } }]);
  await expect(page.getByTestId('filter-sdg-13')).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // A finger that taps again within the double-tap delay makes a double tap, not a tap. Under load
  // that delay is not always over after a fixed wait (1 run in 8 failed here): tap again until
  // the sheet opens, never on an open one.
  await page.waitForTimeout(600);
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
    await expect(page.getByTestId('filter-sdg-13')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Fermer les filtres' }).tap();
  await expect(page.getByTestId('filter-sdg-13')).toBeHidden();
});

test('on the map, two fingers pinch to zoom and one finger pans', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  const cdp = await page.context().newCDPSession(page);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Fingers spreading apart: the map comes closer.
  await drag(cdp, [
    { from: { x: centre.x - 30, y: centre.y - 30 }, to: { x: centre.x - 120, y: centre.y - 120 } },
    { from: { x: centre.x + 30, y: centre.y + 30 }, to: { x: centre.x + 120, y: centre.y + 120 } },
  ]);
  // The camera reaches the address a moment after the fingers lift: wait until it stays put.
  let last = '';
  await expect
    .poll(async () => {
      const before = last;
      last = new URL(page.url()).searchParams.get('cam') ?? '';
      await page.waitForTimeout(400);
      return last !== '' && before === last;
    })
    .toBe(true);
  const pinched = camera(page.url()) ?? [];
  // The fitted view is the starting zoom: the pinch went closer than the one-finger pan will.
  expect(pinched[2]).toBeGreaterThan(1);
  // One finger from an empty corner: the camera moves, the zoom stays.
  const from = { x: box.x + 60, y: box.y + box.height - 120 };
  await drag(cdp, [{ from, to: { x: from.x + 120, y: from.y - 80 } }]);
  await expect.poll(() => camera(page.url())?.[0]).not.toBe(pinched[0]);
  expect(camera(page.url())?.[2]).toBe(pinched[2]);
});

test.describe('an embed in a host page', () => {
  // A page laid out at the phone's width (a host page with its viewport meta), so it can scroll.
  test.use({ isMobile: false });

  test('in an embed, one finger scrolls the host page and leaves the map; two fingers zoom it', async ({ page }) => {
    const app = `http://127.0.0.1:${APP_PORT}${APP_PATH}`;
    const src = `${app}?embed=1`;
    await page.goto(`http://127.0.0.1:${HOST_PORT}/embed-host.html?width=360&height=420&src=${encodeURIComponent(src)}`);
    await expect.poll(() => page.frame({ url: (url) => url.href.startsWith(app) }) !== null).toBe(true);
    const frame = page.frame({ url: (url) => url.href.startsWith(app) }) as Frame;
    await frame.evaluate(() => window.allianceMap?.ready);
    const cdp = await page.context().newCDPSession(page);
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no embed');
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 + 40 };
    await drag(cdp, [{ from: middle, to: { x: middle.x, y: middle.y - 250 } }]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(camera(frame.url())).toBeNull();

    const now = await page.locator('#map').boundingBox();
    const centre = { x: (now?.x ?? 0) + box.width / 2, y: (now?.y ?? 0) + box.height / 2 };
    await drag(cdp, [
      { from: { x: centre.x - 20, y: centre.y - 20 }, to: { x: centre.x - 100, y: centre.y - 100 } },
      { from: { x: centre.x + 20, y: centre.y + 20 }, to: { x: centre.x + 100, y: centre.y + 100 } },
    ]);
    await expect.poll(() => camera(frame.url())?.[2] ?? 0).toBeGreaterThan(1);
  });
});
