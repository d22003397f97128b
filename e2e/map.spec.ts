import { expect, test } from '@playwright/test';
import type { InspectedView } from '../src/inspect/handle';
import { brightness, mapView, onFreeMap, openFramed, readDataFile, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);

function neighbours(id: string): Set<string> {
  const ids = new Set<string>();
  for (const edge of seed.edges) {
    if (edge.source === id) ids.add(edge.target);
    if (edge.target === id) ids.add(edge.source);
  }
  return ids;
}

test('the layout is deterministic: two loads give the same positions', async ({ browser }) => {
  const views: InspectedView[] = [];
  for (let run = 0; run < 2; run += 1) {
    const page = await browser.newPage();
    await page.goto('./');
    views.push(await mapView(page));
    await page.close();
  }
  const [first, second] = views;
  expect(Object.keys(first?.positions ?? {}).sort()).toEqual(seed.nodes.map((node) => node.id).sort());
  expect(second?.positions).toEqual(first?.positions);
  // A real layout, not a pile: no two actors on the same spot.
  const points = Object.values(first?.positions ?? {});
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i];
      const b = points[j];
      if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(30);
    }
  }
});

test('hovering an actor names it and dims the actors it has no alliance with', async ({ page }) => {
  const { view, point } = await openFramed(page);
  const hovered = 'fonds-odd17';
  const friends = neighbours(hovered);
  const inside = await onFreeMap(page);
  const stranger = view.visibleNodeIds.find((id) => id !== hovered && !friends.has(id) && inside(point(id)));
  expect(stranger, 'an actor without alliance with the hovered one, on screen').toBeDefined();
  const strangerPoint = point(stranger ?? '');
  const before = await brightness(page, strangerPoint);

  await page.mouse.move(point(hovered).x, point(hovered).y);
  const tooltip = page.getByTestId('actor-tooltip');
  await expect(tooltip).toContainText('Fonds ODD17');
  await expect(tooltip).toContainText(`${seed.edges.filter((e) => e.source === hovered || e.target === hovered).length} alliances`);
  await expect.poll(() => brightness(page, strangerPoint)).toBeGreaterThan(before + 30);

  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
  await expect.poll(() => brightness(page, strangerPoint)).toBeLessThan(before + 5);
});

test('focus shows only an actor and its neighbours, with a clear way back', async ({ page }) => {
  await page.goto('./?focus=fonds-odd17');
  const view = await mapView(page);
  const expected = new Set([...neighbours('fonds-odd17'), 'fonds-odd17']);
  expect(new Set(view.visibleNodeIds)).toEqual(expected);
  await expect(page.getByTestId('focus-bar')).toContainText('Focus sur Fonds ODD17');
  await expect(page.getByTestId('status')).toContainText(`${expected.size} acteurs sur ${seed.nodes.length}`);

  await page.getByRole('button', { name: '2 pas' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe('2');
  const wider = await page.evaluate(() => window.allianceMap?.view().visibleNodeIds.length ?? 0);
  expect(wider).toBeGreaterThan(expected.size);

  await page.getByTestId('focus-exit').click();
  await expect(page.getByTestId('focus-bar')).toBeHidden();
  expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
  const all = await page.evaluate(() => window.allianceMap?.view().visibleNodeIds.length ?? 0);
  expect(all).toBe(seed.nodes.length);
  await page.goBack();
  await expect(page.getByTestId('focus-bar')).toBeVisible();
});

test('zoom buttons move the camera into the URL and fit brings every actor back on screen', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  expect(new URL(page.url()).searchParams.get('cam')).toBeNull();
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
  const zoomed = Number(new URL(page.url()).searchParams.get('cam')?.split(',')[2]);

  await page.getByTestId('map-fit').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).toBeNull();
  // Nudge the camera by one key press and back, which writes the fitted camera into the URL.
  await page.getByTestId('map').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
  const [cx, cy, zoom] = (new URL(page.url()).searchParams.get('cam') ?? '').split(',').map(Number);
  expect(zoom).toBeLessThan(zoomed);
  const box = await page.getByTestId('map').boundingBox();
  const view = await mapView(page);
  for (const [id, position] of Object.entries(view.positions)) {
    const x = (box?.width ?? 0) / 2 + (position.x - (cx ?? 0)) * (zoom ?? 1);
    const y = (box?.height ?? 0) / 2 + (position.y - (cy ?? 0)) * (zoom ?? 1);
    expect(x, `${id} on screen`).toBeGreaterThan(0);
    expect(x, `${id} on screen`).toBeLessThan(box?.width ?? 0);
    expect(y, `${id} on screen`).toBeGreaterThan(0);
    expect(y, `${id} on screen`).toBeLessThan(box?.height ?? 0);
  }
});

test('a shared link with a camera opens the same place', async ({ page }) => {
  await page.goto('./?cam=100,50,1.5');
  await mapView(page);
  await page.getByTestId('map').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).toBe('100,50,1.5');
});

test('dragging an actor moves and pins it; re-arranging keeps it there', async ({ page }) => {
  const { view, point } = await openFramed(page);
  // The actor nearest the middle of the map, clear of every panel.
  const box = await page.getByTestId('map').boundingBox();
  const middle = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 };
  const id =
    view.visibleNodeIds
      .filter((candidate) => candidate !== 'villes-au-carre')
      .sort(
        (a, b) => Math.hypot(point(a).x - middle.x, point(a).y - middle.y) - Math.hypot(point(b).x - middle.x, point(b).y - middle.y),
      )[0] ?? '';
  const before = view.positions[id];
  const start = point(id);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 40, start.y + 30, { steps: 5 });
  await page.mouse.move(start.x + 80, start.y + 60, { steps: 5 });
  await page.mouse.up();
  const moved = await page.evaluate((actor) => window.allianceMap?.view().positions[actor], id);
  // 80 x 60 screen pixels at zoom 0.8 is 100 x 75 in the map's own units.
  expect(moved?.x).toBeCloseTo((before?.x ?? 0) + 100, -1);
  expect(moved?.y).toBeCloseTo((before?.y ?? 0) + 75, -1);

  await page.getByTestId('map-rearrange').click();
  await expect
    .poll(async () => page.evaluate(() => window.allianceMap?.view().positions['villes-au-carre']))
    .not.toEqual(view.positions['villes-au-carre']);
  const after = await page.evaluate((actor) => window.allianceMap?.view().positions[actor], id);
  expect(after).toEqual(moved);
});

test('clicking an actor opens its panel with everything the file says; partners lead on', async ({ page }) => {
  const { point } = await openFramed(page);
  const target = point('fonds-odd17');
  await page.mouse.click(target.x, target.y);
  const panel = page.getByTestId('actor-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Fonds ODD17');
  await expect(panel).toContainText('20 000 €');
  await expect(panel).toContainText('mai 2021');
  await expect(panel).toContainText('Partenariats pour la réalisation des objectifs');
  await expect(panel).toContainText('Villes au Carré');
  await panel.getByTestId('actor-partner-villes-au-carre').click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Villes au Carré');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('search ignores case and accents and centres on the actor chosen', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  const input = page.getByTestId('search-input');
  await input.fill('reseau oxy');
  await expect(page.getByTestId('search-option-reseau-oxygene')).toBeVisible();
  await input.fill('ademe');
  await expect(page.getByTestId('search-option-ademe')).toContainText('ADEME');
  await input.press('Enter');
  await expect(page.getByTestId('actor-panel').getByRole('heading', { level: 2 })).toHaveText('ADEME');
  // The camera moved onto the actor: the URL's camera centre is the actor's position.
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBeNull();
  const [x, y] = (new URL(page.url()).searchParams.get('cam') ?? '').split(',').map(Number);
  const view = await mapView(page);
  const ademe = view.positions.ademe;
  const box = await page.getByTestId('map').boundingBox();
  // Centred in the part of the map no panel covers: within a fifth of the map's width of the centre.
  expect(Math.abs((x ?? 0) - (ademe?.x ?? 0))).toBeLessThan((box?.width ?? 0) / 5);
  expect(Math.abs((y ?? 0) - (ademe?.y ?? 0))).toBeLessThan(5);
  expect(new URL(page.url()).searchParams.get('q')).toBe('ADEME');
});

test('the focus button of a panel focuses the map on that actor', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  await page.getByTestId('search-input').fill('rameau');
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('actor-panel').getByRole('button', { name: /Focus/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('le-rameau');
  const view = await mapView(page);
  expect(new Set(view.visibleNodeIds)).toEqual(new Set([...neighbours('le-rameau'), 'le-rameau']));
});

test('the About panel shows the dataset, its sources and the credits', async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  await page.getByTestId('about-button').click();
  const about = page.getByTestId('about-panel');
  await expect(about).toBeVisible();
  await expect(about).toContainText(seed.meta.title);
  await expect(about).toContainText('CC-BY-4.0');
  await expect(about).toContainText('Cytoscape.js');
  await expect(about).toContainText('Nations unies');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
});
