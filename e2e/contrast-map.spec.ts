// Issue 18: when the system asks for more contrast, the map's drawing follows (the theme's
// THEME_MORE_CONTRAST), in both drawings: alliances darker and wider, filtered-out actors less faint.
import { expect, test, type Page } from '@playwright/test';
import { brightness, mapView, onFreeMap, readDataFile, screenGreys, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);

interface Spot {
  x: number;
  y: number;
}

/** Where model points are on the page now. */
async function projector(page: Page): Promise<(point: Spot) => Spot> {
  let view = await mapView(page);
  // The framing eases in: wait until the camera holds still.
  for (let tries = 0; tries < 20; tries += 1) {
    await page.waitForTimeout(200);
    const next = await mapView(page);
    if (JSON.stringify(next.viewport) === JSON.stringify(view.viewport)) break;
    view = next;
  }
  const box = await page.getByTestId('map').boundingBox();
  const viewport = view.viewport;
  if (!box || !viewport) throw new Error('no map on screen');
  return (point) => ({ x: box.x + (point.x - viewport.x1) * viewport.zoom, y: box.y + (point.y - viewport.y1) * viewport.zoom });
}

/** How much ink a square of the screen holds: the sum of (255 - grey) over its pixels. */
async function ink(page: Page, at: Spot, size = 14): Promise<number> {
  const greys = await screenGreys(page, { x: at.x - size / 2, y: at.y - size / 2, width: size, height: size });
  return greys.reduce((sum, grey) => sum + (255 - grey), 0);
}

for (const renderer of ['cytoscape', 'webgl']) {
  test(`${renderer}: with prefers-contrast: more, alliances are darker and filtered-out actors less faint`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?sdg=13&filtered=fade${renderer === 'webgl' ? '&renderer=webgl' : ''}`);
    const { positions, visibleNodeIds, visibleEdgeIds } = await mapView(page);
    const shown = new Set(visibleNodeIds);
    // A filtered-out actor, drawn faded, away from every other actor (so its centre shows only it).
    const apart = (id: string) =>
      Object.entries(positions).every(
        ([other, at]) => other === id || Math.hypot(at.x - (positions[id]?.x ?? 0), at.y - (positions[id]?.y ?? 0)) > 40,
      );
    // Alliances drawn in full, long enough to show a stretch of line alone at their middle.
    const length = (edge: (typeof seed.edges)[number]) =>
      Math.hypot(
        (positions[edge.source]?.x ?? 0) - (positions[edge.target]?.x ?? 0),
        (positions[edge.source]?.y ?? 0) - (positions[edge.target]?.y ?? 0),
      );
    const alliances = seed.edges.filter((edge) => visibleEdgeIds.includes(edge.id) && edge.source !== edge.target && length(edge) > 120);
    const middle = (edge: (typeof seed.edges)[number]): Spot => ({
      x: ((positions[edge.source]?.x ?? 0) + (positions[edge.target]?.x ?? 0)) / 2,
      y: ((positions[edge.source]?.y ?? 0) + (positions[edge.target]?.y ?? 0)) / 2,
    });

    // One on the map's free part: not under the legend, nor near the map's edges.
    const firstOnPage = await projector(page);
    const clear = await onFreeMap(page);
    // The thinnest of them (a wide one already fills the square that is measured).
    const inks = await Promise.all(alliances.map(async (edge) => ({ edge, ink: await ink(page, firstOnPage(middle(edge))) })));
    const alliance = inks.filter(({ ink }) => ink > 0).sort((a, b) => a.ink - b.ink)[0]?.edge;
    if (!alliance) throw new Error('no alliance long enough on screen');
    const faded = seed.nodes.find(
      (node) => !shown.has(node.id) && apart(node.id) && clear(firstOnPage(positions[node.id] ?? { x: 0, y: 0 })),
    );
    if (!faded) throw new Error('no faded actor apart from the others on screen');

    const measure = async () => {
      const onPage = await projector(page);
      const actorAt = onPage(positions[faded.id] ?? { x: 0, y: 0 });
      return { actor: await brightness(page, actorAt), line: await ink(page, onPage(middle(alliance))) };
    };
    const usual = await measure();
    await page.emulateMedia({ contrast: 'more' });
    await expect.poll(() => page.evaluate(() => matchMedia('(prefers-contrast: more)').matches)).toBe(true);
    await mapView(page);
    const more = await measure();

    expect(more.actor, `the faded actor ${faded.id} is darker`).toBeLessThan(usual.actor - 25);
    expect(more.line, `the alliance ${alliance.id} carries more ink`).toBeGreaterThan(usual.line * 1.3);
  });
}
