import { expect, test, type Frame, type Page } from '@playwright/test';
import { APP_PATH, APP_PORT, HOST_PORT } from '../playwright.config';
import type { InspectedView } from '../src/inspect/handle';
import { brightness, mapView, readDataFile, SEED_FILE } from './helpers';

// The WebGL mode (sigma.js) on the seed map, forced with renderer=webgl: the same interactions as
// the Cytoscape drawing (map.spec.ts, embed.spec.ts), checked only through the page — the URL, the
// DOM, window.allianceMap and the pixels — so they hold whatever draws the map.
// Software WebGL is slow on a loaded machine: waits are generous, and never fixed sleeps.
const seed = readDataFile(SEED_FILE);
const SLOW = { timeout: 15_000 };

interface Camera {
  x: number;
  y: number;
  zoom: number;
}
type Point = { x: number; y: number };
type Doc = Page | Frame;

const urlOf = (doc: Doc) => new URL(doc.url());
const camParam = (doc: Doc) => urlOf(doc).searchParams.get('cam');
function camOf(doc: Doc): Camera | null {
  const value = camParam(doc);
  if (!value) return null;
  const [x = NaN, y = NaN, zoom = NaN] = value.split(',').map(Number);
  return { x, y, zoom };
}

const alliances = (id: string) => seed.edges.filter((edge) => edge.source === id || edge.target === id).length;
const labelOf = (id: string) => seed.nodes.find((node) => node.id === id)?.label ?? id;

/** The URL's camera, once it is near the one expected (x, y to half a unit, zoom to 0.005). */
async function cameraNear(doc: Doc, expected: Camera, timeout = SLOW.timeout): Promise<Camera> {
  await expect
    .poll(() => camOf(doc), { timeout })
    .toEqual({ x: expect.closeTo(expected.x, 0), y: expect.closeTo(expected.y, 0), zoom: expect.closeTo(expected.zoom, 2) });
  return camOf(doc) ?? expected;
}

/** The URL's camera once it has moved from `before` and then held still for half a second. */
async function settledCamera(doc: Doc, before: string | null, timeout: number): Promise<Camera> {
  await expect.poll(() => camParam(doc), { timeout }).not.toBe(before);
  let last = camParam(doc);
  await expect
    .poll(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const now = camParam(doc);
        const still = now === last;
        last = now;
        return still;
      },
      { timeout },
    )
    .toBe(true);
  const camera = camOf(doc);
  if (!camera) throw new Error('no camera in the URL');
  return camera;
}

/**
 * Presses a key on the focused map, and back, so the map writes the camera it shows in the URL
 * (`cam=x,y,zoom`: model point at the centre, screen pixels per model unit, y down). Each press
 * waits for its own report to land and settle, so a late report never shifts the next reading.
 */
async function readCamera(doc: Doc, timeout = SLOW.timeout): Promise<Camera> {
  const map = doc.getByTestId('map');
  await map.focus();
  const before = camParam(doc);
  await map.press('ArrowLeft');
  const left = await settledCamera(doc, before, timeout);
  const atLeft = camParam(doc);
  await map.press('ArrowRight');
  await settledCamera(doc, atLeft, timeout);
  return cameraNear(doc, { ...left, x: left.x + 60 / left.zoom }, timeout);
}

interface Framed {
  view: InspectedView;
  camera: Camera;
  /** Where an actor is on the page, from its position and the URL's camera. */
  point: (id: string) => Point;
  /** A point of the map with no actor near it and nothing drawn over it. */
  emptyPoint: () => Promise<Point>;
}

/** Whether the map itself is what the pointer would touch at this point (no panel over it). */
const onMap = (page: Page, { x, y }: Point) =>
  page.evaluate(([px = 0, py = 0]) => document.elementFromPoint(px, py)?.closest('[data-testid=map]') != null, [x, y]);

/** Opens the seed map in the WebGL mode with a known camera, so an actor's place on screen follows from its position. */
async function openWebgl(page: Page): Promise<Framed> {
  await page.goto('./?renderer=webgl');
  const first = await mapView(page);
  expect(first.renderer).toBe('webgl');
  const xs = Object.values(first.positions).map((p) => p.x);
  const ys = Object.values(first.positions).map((p) => p.y);
  const wanted = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, zoom: 0.8 };
  await page.goto(`./?renderer=webgl&cam=${wanted.x.toFixed(1)},${wanted.y.toFixed(1)},${wanted.zoom}`);
  const view = await mapView(page);
  // The link's camera is the one the map shows (and writes back when nudged).
  const camera = await readCamera(page);
  expect(camera).toEqual({ x: expect.closeTo(wanted.x, 0), y: expect.closeTo(wanted.y, 0), zoom: wanted.zoom });
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  const point = (id: string) => {
    const position = view.positions[id];
    if (!position) throw new Error(`no position for ${id}`);
    return {
      x: box.x + box.width / 2 + (position.x - camera.x) * camera.zoom,
      y: box.y + box.height / 2 + (position.y - camera.y) * camera.zoom,
    };
  };
  const emptyPoint = async () => {
    const actors = view.visibleNodeIds.map(point);
    for (let y = box.y + 30; y < box.y + box.height - 30; y += 20) {
      for (let x = box.x + 30; x < box.x + box.width - 30; x += 20) {
        if (actors.every((a) => Math.hypot(a.x - x, a.y - y) > 60) && (await onMap(page, { x, y }))) return { x, y };
      }
    }
    throw new Error('no empty point on the map');
  };
  return { view, camera, point, emptyPoint };
}

/** Opaque pixels of the WebGL labels layer in the box just under a point of the page, where an actor's label goes. */
async function labelInk(page: Page, at: Point): Promise<number> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=map] canvas.sigma-labels');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return -1;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const { data } = context.getImageData((x - box.left - 60) * ratio, (y - box.top) * ratio, 120 * ratio, 80 * ratio);
    let ink = 0;
    for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 128) ink += 1;
    return ink;
  }, at);
}

test('WebGL: the most connected actor is named on the map, and its name goes when a filter hides it', async ({ page }) => {
  const { point, camera } = await openWebgl(page);
  const hub = 'villes-au-carre';
  await expect.poll(() => labelInk(page, point(hub)), SLOW).toBeGreaterThan(100);
  // The same camera, the funders only: the catalyst and its label are gone.
  await page.goto(`./?renderer=webgl&cam=${camera.x.toFixed(1)},${camera.y.toFixed(1)},${camera.zoom}&kind=funder`);
  const filtered = await mapView(page);
  expect(filtered.visibleNodeIds).not.toContain(hub);
  await expect.poll(() => labelInk(page, point(hub)), SLOW).toBe(0);
});

test('WebGL: a filter clicked in the panel takes an actor off the map (no pixels, no hover, no click); fading shows it faint', async ({
  page,
}) => {
  const { point, emptyPoint } = await openWebgl(page);
  const hub = point('villes-au-carre');
  const background = await brightness(page, await emptyPoint());
  const drawn = await brightness(page, hub);
  expect(drawn, 'the catalyst drawn darker than the empty map').toBeLessThan(background - 40);

  await page.getByTestId('filter-kind-funder').click();
  await expect(page).toHaveURL(/[?&]kind=funder/);
  expect((await mapView(page)).visibleNodeIds).not.toContain('villes-au-carre');
  await expect.poll(() => brightness(page, hub), SLOW).toBeGreaterThan(background - 3);
  // Neither hovered nor clicked where it was.
  await page.mouse.move(hub.x, hub.y, { steps: 4 });
  await page.mouse.click(hub.x, hub.y);
  await expect(page.getByTestId('actor-tooltip')).toBeHidden();
  await expect(page.getByTestId('actor-panel')).toBeHidden();

  // Faded rather than hidden: there, but fainter than drawn.
  await page.getByTestId('filter-filtered-fade').click();
  await expect.poll(() => brightness(page, hub), SLOW).toBeLessThan(background - 5);
  expect(await brightness(page, hub)).toBeGreaterThan(drawn + 20);

  await page.getByTestId('filters-clear-all').click();
  await expect.poll(() => brightness(page, hub), SLOW).toBeLessThan(drawn + 5);
});

test('WebGL: hovering an actor names it and dims the others; leaving hides the name', async ({ page }) => {
  const { view, point, emptyPoint } = await openWebgl(page);
  const hovered = 'fonds-odd17';
  const friends = new Set(seed.edges.flatMap((e) => (e.source === hovered ? [e.target] : e.target === hovered ? [e.source] : [])));
  const empty = await emptyPoint();
  const strangers = view.visibleNodeIds.filter((id) => id !== hovered && !friends.has(id));
  const stranger = (await Promise.all(strangers.map(async (id) => ((await onMap(page, point(id))) ? id : null)))).find(Boolean);
  expect(stranger, 'an actor without alliance with the hovered one, on screen').toBeTruthy();
  const strangerPoint = point(stranger ?? '');
  const before = await brightness(page, strangerPoint);

  const tooltip = page.getByTestId('actor-tooltip');
  await page.mouse.move(empty.x, empty.y);
  await expect(tooltip).toBeHidden();
  await page.mouse.move(point(hovered).x, point(hovered).y, { steps: 4 });
  await expect(tooltip).toContainText(labelOf(hovered), SLOW);
  await expect(tooltip).toContainText(`${alliances(hovered)} alliances`);
  await expect.poll(() => brightness(page, strangerPoint), SLOW).toBeGreaterThan(before + 30);
  // Dimmed, not gone: still darker than the empty map around it (it once came out pure white).
  expect(await brightness(page, strangerPoint)).toBeLessThan((await brightness(page, empty)) - 2);

  // Off the actor, still over the map: the name goes, the others come back.
  await page.mouse.move(empty.x, empty.y, { steps: 4 });
  await expect(tooltip).toBeHidden(SLOW);
  await expect.poll(() => brightness(page, strangerPoint), SLOW).toBeLessThan(before + 5);
});

test('WebGL: clicking an actor opens its panel; clicking the empty map closes it', async ({ page }) => {
  const { point, emptyPoint } = await openWebgl(page);
  const target = point('le-rameau');
  await page.mouse.click(target.x, target.y);
  const panel = page.getByTestId('actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(labelOf('le-rameau'), SLOW);
  // A spot of the map clear of every actor and of the panel now open.
  const empty = await emptyPoint();
  await page.mouse.click(empty.x, empty.y);
  await expect(panel).toBeHidden(SLOW);
});

test('WebGL: a drag moves the drawn map with the pointer; dropped, then zoomed with the wheel, it is drawn where the camera says and a click finds the actor', async ({
  page,
}) => {
  const { view, point, emptyPoint } = await openWebgl(page);
  const hub = 'villes-au-carre';
  const box = (await page.getByTestId('map').boundingBox())!;
  const start = await emptyPoint();
  const background = await brightness(page, start);
  const actors = view.visibleNodeIds.map(point);
  // A shift that takes the catalyst to a spot of the map with no actor.
  const shifts = [
    [90, 50],
    [-90, 50],
    [90, -50],
    [-90, -50],
    [130, 0],
    [-130, 0],
    [0, 110],
    [0, -110],
  ];
  const candidates = shifts.map(([x = 0, y = 0]) => ({ x, y }));
  let shift: Point | null = null;
  for (const candidate of candidates) {
    const to = { x: point(hub).x + candidate.x, y: point(hub).y + candidate.y };
    if (actors.every((a) => Math.hypot(a.x - to.x, a.y - to.y) > 40) && (await onMap(page, to))) {
      shift = candidate;
      break;
    }
  }
  if (!shift) throw new Error('no empty spot next to the catalyst');
  const moved = { x: point(hub).x + shift.x, y: point(hub).y + shift.y };
  expect(await brightness(page, moved), 'nothing drawn there before the drag').toBeGreaterThan(background - 10);

  const before = camParam(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + shift.x, start.y + shift.y, { steps: 6 });
  // Held: the catalyst has followed the pointer, the frame drawn moved rather than drawn again
  // (software WebGL: a map frame costs 100 ms and more here; the button held keeps the gesture on).
  await expect.poll(() => brightness(page, moved), SLOW).toBeLessThan(background - 40);
  const shiftedLayers = await page.evaluate(
    () => [...document.querySelectorAll<HTMLCanvasElement>('[data-testid=map] canvas')].filter((canvas) => canvas.style.transform).length,
  );
  expect(shiftedLayers, 'canvases moved with a CSS transform while the pointer is held').toBeGreaterThan(0);
  await page.mouse.up();

  // Dropped: the camera the URL reports (sigma may carry the move on a little) places the
  // catalyst; the map is drawn again there, with no frame left shifted, and a click reaches it.
  const placed = (camera: Camera, id: string) => {
    const position = view.positions[id]!;
    return {
      x: box.x + box.width / 2 + (position.x - camera.x) * camera.zoom,
      y: box.y + box.height / 2 + (position.y - camera.y) * camera.zoom,
    };
  };
  const unshifted = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('[data-testid=map] canvas')].every((canvas) => !canvas.style.transform),
    );
  const dropped = await settledCamera(page, before, SLOW.timeout);
  await expect.poll(unshifted, SLOW).toBe(true);
  const at = placed(dropped, hub);
  expect(await brightness(page, at)).toBeLessThan(background - 40);

  // A wheel zoom next to the catalyst; once still, a click finds it where the zoom took it.
  const zoomedFrom = camParam(page);
  await page.mouse.move(at.x + 40, at.y + 10);
  await page.mouse.wheel(0, -240);
  const zoomed = await settledCamera(page, zoomedFrom, SLOW.timeout);
  expect(zoomed.zoom).toBeGreaterThan(dropped.zoom * 1.1);
  await expect.poll(unshifted, SLOW).toBe(true);
  const after = placed(zoomed, hub);
  await page.mouse.click(after.x, after.y);
  await expect(page.getByTestId('actor-panel').getByRole('heading', { level: 2 })).toHaveText(labelOf(hub), SLOW);
});

test('WebGL: dragging an actor moves and pins it; re-arranging keeps it there', async ({ page }) => {
  const { view, camera, point } = await openWebgl(page);
  const box = await page.getByTestId('map').boundingBox();
  const middle = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 };
  const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  // The actor nearest the middle; not Villes au Carré, whose move shows the re-arrangement ran.
  const id =
    view.visibleNodeIds
      .filter((candidate) => candidate !== 'villes-au-carre')
      .sort((a, b) => distance(point(a), middle) - distance(point(b), middle))[0] ?? '';
  const before = view.positions[id];
  const start = point(id);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 40, start.y + 30, { steps: 5 });
  await page.mouse.move(start.x + 80, start.y + 60, { steps: 5 });
  await page.mouse.up();
  const position = () => page.evaluate((actor) => window.allianceMap?.view().positions[actor], id);
  // 80 x 60 screen pixels at the camera's zoom, in the map's own units.
  await expect.poll(async () => (await position())?.x, SLOW).toBeCloseTo((before?.x ?? 0) + 80 / camera.zoom, -1);
  const moved = await position();
  expect(moved?.y).toBeCloseTo((before?.y ?? 0) + 60 / camera.zoom, -1);
  // Drawn where it was dropped (so the drag moved the actor, not the camera): the pointer there names it.
  await page.mouse.move(start.x, start.y, { steps: 4 });
  await page.mouse.move(start.x + 80, start.y + 60, { steps: 4 });
  await expect(page.getByTestId('actor-tooltip')).toContainText(labelOf(id), SLOW);

  await page.getByTestId('map-rearrange').click();
  await expect
    .poll(async () => page.evaluate(() => window.allianceMap?.view().positions['villes-au-carre']), { timeout: 30_000 })
    .not.toEqual(view.positions['villes-au-carre']);
  expect(await position()).toEqual(moved);
});

test('WebGL: arrow keys pan, + and - zoom, into the URL; Fit clears the camera', async ({ page }) => {
  await page.goto('./?renderer=webgl');
  expect((await mapView(page)).renderer).toBe('webgl');
  expect(camParam(page)).toBeNull();
  const map = page.getByTestId('map');
  await map.focus();
  await map.press('ArrowLeft');
  await expect.poll(() => camParam(page), SLOW).not.toBeNull();
  const left = camOf(page) ?? { x: 0, y: 0, zoom: 1 };
  const step = 60 / left.zoom;

  // Right undoes Left: back to the camera the map opened with.
  await map.press('ArrowRight');
  const fitted = await cameraNear(page, { ...left, x: left.x + step });
  await map.press('ArrowRight');
  await cameraNear(page, { ...fitted, x: fitted.x + step });
  await map.press('ArrowLeft');
  await map.press('ArrowDown');
  await cameraNear(page, { ...fitted, y: fitted.y + step });
  await map.press('ArrowUp');
  await map.press('+');
  await cameraNear(page, { ...fitted, zoom: fitted.zoom * 1.25 });
  await map.press('-');
  await map.press('-');
  await cameraNear(page, { ...fitted, zoom: fitted.zoom / 1.25 });

  await page.getByTestId('map-fit').click();
  await expect.poll(() => camParam(page), SLOW).toBeNull();
  // Fit framed the map again: once its move is over, a nudge writes the fitted camera back.
  await expect(async () => {
    const camera = await readCamera(page, 5_000);
    expect(camera).toEqual({ x: expect.closeTo(fitted.x, 0), y: expect.closeTo(fitted.y, 0), zoom: fitted.zoom });
  }).toPass({ timeout: 30_000 });
});

const APP_URL = `http://127.0.0.1:${APP_PORT}${APP_PATH}`;
const HOST_URL = `http://127.0.0.1:${HOST_PORT}/embed-host.html`;

test('WebGL embed: the wheel scrolls the host page, Ctrl + wheel zooms, and after a click the wheel zooms', async ({ page }) => {
  const src = `${APP_URL}?embed=1&renderer=webgl`;
  await page.goto(`${HOST_URL}?width=800&height=450&src=${encodeURIComponent(src)}`);
  await expect.poll(() => page.frame({ url: (url) => url.href.startsWith(APP_URL) }) !== null).toBe(true);
  const frame = page.frame({ url: (url) => url.href.startsWith(APP_URL) });
  if (!frame) throw new Error('no map frame');
  expect(await frame.evaluate(async () => (await window.allianceMap?.ready, window.allianceMap?.view().renderer))).toBe('webgl');
  const fitted = await readCamera(frame);
  // Left of the middle of the part of the map on screen, where the embed draws nothing over it.
  const overMap = async () => {
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('the map frame has no box');
    const top = Math.max(box.y, 0);
    const bottom = Math.min(box.y + box.height, page.viewportSize()?.height ?? 720);
    return { x: box.x + box.width * 0.4, y: (top + bottom) / 2 };
  };

  let at = await overMap();
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY), SLOW).toBeGreaterThan(0);
  await expect(frame.getByTestId('wheel-hint')).toBeVisible(SLOW);
  // The camera did not move: nudged, the map writes back the same camera.
  expect(await readCamera(frame)).toEqual({ x: expect.closeTo(fitted.x, 0), y: expect.closeTo(fitted.y, 0), zoom: fitted.zoom });

  at = await overMap();
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => camOf(frame)?.zoom ?? 0, SLOW).toBeGreaterThan(fitted.zoom);
  // The zoom once settled (a nudge reports the camera the map shows).
  const zoomed = (await readCamera(frame)).zoom;

  // A click on the map wakes it: a plain wheel now zooms the map, and the page stays put.
  at = await overMap();
  await page.mouse.click(at.x, at.y);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => camOf(frame)?.zoom ?? 0, SLOW).toBeGreaterThan(zoomed);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});
