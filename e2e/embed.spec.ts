import { expect, test, type Frame, type Page } from '@playwright/test';
import { APP_PATH, APP_PORT, HOST_PORT } from '../playwright.config';
import { readDataFile, screenshotPath, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);
const APP_URL = `http://127.0.0.1:${APP_PORT}${APP_PATH}`;
const HOST_URL = `http://127.0.0.1:${HOST_PORT}/embed-host.html`;

interface Received {
  origin: string;
  type: string;
  counts?: { nodes: number; edges: number; visibleNodes: number; visibleEdges: number };
  filters?: Record<string, unknown>;
  focus?: { id: string | null };
  requestId?: string;
  id?: string | null;
  label?: string;
}

async function openHost(page: Page, query: string, size = { width: 800, height: 450 }): Promise<Frame> {
  const src = `${APP_URL}?embed=1${query ? `&${query}` : ''}`;
  await page.goto(`${HOST_URL}?width=${size.width}&height=${size.height}&src=${encodeURIComponent(src)}`);
  await expect.poll(() => page.frame({ url: (url) => url.href.startsWith(APP_URL) }) !== null).toBe(true);
  const frame = page.frame({ url: (url) => url.href.startsWith(APP_URL) });
  if (!frame) throw new Error('no map frame');
  await frame.evaluate(() => window.allianceMap?.ready);
  return frame;
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const send = (page: Page, message: Record<string, unknown>) =>
  page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);
const frameView = (frame: Frame) => frame.evaluate(() => window.allianceMap?.view());

test('the host page gets ready, sets filters, focuses, fits and asks for the state', async ({ page }) => {
  const frame = await openHost(page, 'panels=legend,search');
  const historyAtStart = await page.evaluate(() => history.length);
  await expect.poll(async () => (await received(page)).some((m) => m.type === 'ready')).toBe(true);
  const ready = (await received(page)).find((m) => m.type === 'ready');
  expect(ready?.origin).toBe(`http://127.0.0.1:${APP_PORT}`);
  expect(ready?.counts).toEqual({
    nodes: seed.nodes.length,
    edges: seed.edges.length,
    visibleNodes: seed.nodes.length,
    visibleEdges: seed.edges.length,
  });

  await send(page, { type: 'set-filters', filters: { sdg: [13], region: '24' } });
  await expect.poll(async () => (await frameView(frame))?.filters).toEqual({ sdg: '13', region: '24' });
  const filtered = await frameView(frame);
  await send(page, { type: 'get-state', requestId: 'r1' });
  await expect.poll(async () => (await received(page)).some((m) => m.requestId === 'r1')).toBe(true);
  const answer = (await received(page)).find((m) => m.requestId === 'r1');
  expect(answer?.type).toBe('state');
  expect(answer?.filters).toEqual({ sdg: ['13'], region: ['24'] });
  expect(answer?.counts?.visibleNodes).toBe(filtered?.visibleNodeIds.length);
  expect(answer?.counts?.visibleEdges).toBe(filtered?.visibleEdgeIds.length);
  expect(answer?.counts?.visibleNodes).toBeLessThan(seed.nodes.length);

  // A get-state sent right after a command answers with the view that command made.
  await send(page, { type: 'set-filters', filters: { sdg: 17 } });
  await send(page, { type: 'get-state', requestId: 'r2' });
  await expect.poll(async () => (await received(page)).find((m) => m.requestId === 'r2')?.filters).toEqual({ sdg: ['17'] });

  // set-filters replaces every filter: an empty object clears them.
  await send(page, { type: 'set-filters', filters: {} });
  await send(page, { type: 'focus', id: 'fonds-odd17' });
  const fundAndPartners = new Set(
    seed.edges.flatMap((edge) => (edge.source === 'fonds-odd17' || edge.target === 'fonds-odd17' ? [edge.source, edge.target] : [])),
  );
  await expect.poll(async () => (await frameView(frame))?.visibleNodeIds.length).toBe(fundAndPartners.size);
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'state').at(-1)?.focus?.id).toBe('fonds-odd17');
  const lastState = (await received(page)).filter((m) => m.type === 'state').at(-1);
  expect(lastState?.counts?.visibleNodes).toBe((await frameView(frame))?.visibleNodeIds.length);

  await send(page, { type: 'focus', id: null });
  await expect.poll(async () => (await frameView(frame))?.visibleNodeIds.length).toBe(seed.nodes.length);
  await send(page, { type: 'fit' });

  // The reader picks an actor in the embed: the host is told which.
  await frame.getByTestId('search-input').fill('ademe');
  await frame.getByTestId('search-input').press('Enter');
  await expect(page.locator('#selected')).toHaveText('ADEME');
  expect((await received(page)).filter((m) => m.type === 'select').at(-1)).toMatchObject({ id: 'ademe', label: 'ADEME' });

  // Nothing in the embed added entries to the host's history.
  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);
});

test('commands from an origin not listed in origin= are ignored with a warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const frame = await openHost(page, 'origin=https://partner.example.org');
  await send(page, { type: 'set-filters', filters: { sdg: [13] } });
  await send(page, { type: 'focus', id: 'ademe' });
  await expect.poll(() => warnings.filter((text) => text.includes('ignored')).length).toBeGreaterThanOrEqual(2);
  const view = await frameView(frame);
  expect(view?.filters).toEqual({});
  expect(view?.visibleNodeIds.length).toBe(seed.nodes.length);
  // And the map says nothing to a host it does not know.
  expect((await received(page)).length).toBe(0);
});

test('a listed origin may command the map', async ({ page }) => {
  const frame = await openHost(page, `origin=http://127.0.0.1:${HOST_PORT}`);
  await send(page, { type: 'set-filters', filters: { support: 'direct-funding' } });
  await expect.poll(async () => (await frameView(frame))?.filters).toEqual({ support: 'direct-funding' });
});

test('scrolling the host page past the map never zooms it; Ctrl + wheel does', async ({ page }) => {
  const frame = await openHost(page, '');
  const box = await page.locator('#map').boundingBox();
  await page.mouse.move((box?.x ?? 0) + 400, (box?.y ?? 0) + 200);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(frame.getByTestId('wheel-hint')).toBeVisible();
  expect(new URL(frame.url()).searchParams.get('cam')).toBeNull();

  // With Ctrl held, the wheel zooms the map (the camera lands in the map's URL).
  await expect(async () => {
    const now = await page.locator('#map').boundingBox();
    await page.mouse.move((now?.x ?? 0) + 400, (now?.y ?? 0) + 200);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => new URL(frame.url()).searchParams.get('cam'), { timeout: 3000 }).not.toBeNull();
  }).toPass({ timeout: 20_000 });
});

test('the embed links to the full map, stores nothing and asks no other host', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const frame = await openHost(page, 'sdg=17&panels=legend');
  const link = frame.getByTestId('embed-full-map');
  await expect(link).toHaveAttribute('target', '_blank');
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(href.searchParams.get('embed')).toBeNull();
  expect(href.searchParams.get('sdg')).toBe('17');
  expect(await frame.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }))).toEqual({
    cookie: '',
    local: 0,
    session: 0,
  });
  const allowed = [`http://127.0.0.1:${APP_PORT}`, `http://127.0.0.1:${HOST_PORT}`];
  expect(requests.filter((url) => !allowed.some((origin) => url.startsWith(origin)) && !url.startsWith('data:'))).toEqual([]);
});

for (const size of [
  { width: 320, height: 240 },
  { width: 800, height: 450 },
  { width: 1600, height: 900 },
]) {
  test(`the embed fits ${size.width}x${size.height} with no scroll bars and nothing cut off`, async ({ page }) => {
    await page.setViewportSize({ width: Math.max(size.width + 60, 400), height: size.height + 300 });
    const frame = await openHost(page, 'panels=legend,filters,search', size);
    const metrics = await frame.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const inside = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].every((element) => {
          const rect = element.getBoundingClientRect();
          return rect.left >= 0 && rect.top >= 0 && rect.right <= window.innerWidth + 0.5 && rect.bottom <= window.innerHeight + 0.5;
        });
      return {
        scrollsX: root.scrollWidth > root.clientWidth,
        scrollsY: root.scrollHeight > root.clientHeight,
        controlsInside: inside('.map-controls button'),
        statusInside: inside('.status-line'),
        legendInside: inside('.legend-toggle'),
        linkInside: inside('.embed-full'),
      };
    });
    expect(metrics).toEqual({
      scrollsX: false,
      scrollsY: false,
      controlsInside: true,
      statusInside: true,
      legendInside: true,
      linkInside: true,
    });
    await page.locator('#map').screenshot({ path: screenshotPath(`docs/embed-${size.width}x${size.height}.png`) });
  });
}
