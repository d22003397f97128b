import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { DataFile } from '../src/model/types';
import { THEME } from '../src/view/theme';
import { generate, mapView, screenColours } from './helpers';

// The WebGL mode draws what Cytoscape draws (issue 16): a generated 1,000-actor map opens in it,
// and a few actors added away from the crowd show, by their pixels, SDG ring segments, a
// support form's dash pattern and a group's double border. The camera comes from the link
// (cam=x,y,zoom: model point at the centre, screen pixels per model unit), so where each one
// is drawn follows from its position.
const FILE = 'webgl-drawing-1000.json';
const ZOOM = 3;
/** An actor without alliances is drawn at the smallest size: 26 units across. */
const RADIUS = 13;
type Point = { x: number; y: number };

const red = [0xe5, 0x24, 0x3b]; // SDG 1
const cyan = [0x26, 0xbd, 0xe2]; // SDG 6
const groupBorder = THEME.group.borderColour;

function withProbes(file: DataFile, centre: Point): DataFile {
  const at = (dx: number, dy: number) => ({ x: centre.x + dx, y: centre.y + dy });
  const actor = { kind: 'local-actor', regions: ['11'] };
  return {
    ...file,
    nodes: [
      ...file.nodes,
      { ...actor, id: 'probe-sdgs', label: 'Deux ODD', sdgs: [1, 6], ...at(-120, -60) },
      { ...actor, id: 'probe-group', label: 'Groupe', members: { count: 12 }, ...at(-120, 50) },
      { ...actor, id: 'probe-from', label: 'Origine', ...at(-70, -20) },
      { ...actor, id: 'probe-to', label: 'Destination', ...at(30, -20) },
    ],
    edges: [
      ...file.edges,
      { id: 'probe-dashed', source: 'probe-from', target: 'probe-to', relation: 'partnership', support: ['governance-dialogue'] },
    ],
  };
}

const distance = (colour: number[], [r, g, b]: number[]) => Math.hypot((colour[0] ?? 0) - r!, (colour[1] ?? 0) - g!, (colour[2] ?? 0) - b!);
const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));

/** The mean colour of a 3×3 square of the screen. */
async function colourAt(page: Page, { x, y }: Point): Promise<number[]> {
  const pixels = await screenColours(page, { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 });
  return [0, 1, 2].map((channel) => pixels.reduce((sum, pixel) => sum + (pixel[channel] ?? 0), 0) / pixels.length);
}

test('a 1,000-actor map in the WebGL mode draws SDG segments, dash patterns and group borders', async ({ page }) => {
  test.setTimeout(120_000);
  const generated = generate(FILE, 1000);
  const centre = { x: Math.max(...generated.nodes.map((node) => node.x ?? 0)) + 600, y: 0 };
  writeFileSync(`.tmp/e2e-data/probes-${FILE}`, JSON.stringify(withProbes(generated, centre)));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./?data=/generated/probes-${FILE}&renderer=webgl&cam=${centre.x},${centre.y},${ZOOM}`);
  const view = await mapView(page);
  expect(view.renderer).toBe('webgl');
  expect(view.visibleNodeIds).toHaveLength(1004);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  const screen = (id: string, dx = 0, dy = 0): Point => {
    const position = view.positions[id] ?? { x: NaN, y: NaN };
    return {
      x: box.x + box.width / 2 + (position.x - centre.x) * ZOOM + dx,
      y: box.y + box.height / 2 + (position.y - centre.y) * ZOOM + dy,
    };
  };

  // SDG segments: the first goal from 12 o'clock clockwise (the right half), the second on the left.
  const ring = ((RADIUS * THEME.sdgRing.sizePercent) / 100) * (1 + THEME.sdgRing.holePercent / 100) * 0.5 * ZOOM;
  await expect.poll(async () => distance(await colourAt(page, screen('probe-sdgs', ring, 0)), red), { timeout: 15_000 }).toBeLessThan(40);
  expect(distance(await colourAt(page, screen('probe-sdgs', -ring, 0)), cyan)).toBeLessThan(40);

  // A group's double border, centred on its outline: dark, the paper between, dark again.
  const border = hex(groupBorder);
  const third = (THEME.group.borderWidth / 3) * ZOOM;
  const outline = RADIUS * ZOOM;
  expect(distance(await colourAt(page, screen('probe-group', 0, -(outline + third))), border)).toBeLessThan(40);
  expect(distance(await colourAt(page, screen('probe-group', 0, -outline)), hex(THEME.webgl.background))).toBeLessThan(20);
  expect(distance(await colourAt(page, screen('probe-group', 0, -(outline - third))), border)).toBeLessThan(40);

  // The alliance between the two: governance dialogue's pattern, 4 units of line then 4 of paper.
  const from = screen('probe-from');
  const to = screen('probe-to');
  const middle = (from.x + to.x) / 2;
  const row = await screenColours(page, { x: Math.round(middle - 60), y: Math.round(from.y), width: 120, height: 1 });
  const inked = row.map((colour) => distance(colour, hex(THEME.webgl.background)) > 60);
  const runs = inked.reduce<number[]>((counted, on, index) => (index > 0 && on === inked[index - 1] ? counted : [...counted, index]), []);
  // 120 pixels hold 120 / (8 units × 3) = 5 periods: about 10 runs of line and paper, none longer than a dash.
  expect(runs.length).toBeGreaterThanOrEqual(8);
  expect(inked.filter(Boolean).length).toBeGreaterThan(30);
  expect(inked.filter((on) => !on).length).toBeGreaterThan(30);
});
