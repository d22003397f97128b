import { expect, type Page } from '@playwright/test';
import type { InspectedView } from '../src/inspect/handle';
import { readDataFile, SEED_FILE } from './expected';

export { readDataFile, SEED_FILE };

/** Waits until the map has drawn its first frame, then returns the inspected view. */
export async function mapView(page: Page): Promise<InspectedView> {
  return page.evaluate(async () => {
    const handle = window.allianceMap;
    if (!handle) throw new Error('window.allianceMap is missing');
    await handle.ready;
    return handle.view();
  });
}

/** Collects the URLs of every request the page makes, to prove none leaves our host. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Mean brightness (0-255) of a small square of the screen, as a person would see it. */
export async function brightness(page: Page, point: { x: number; y: number }): Promise<number> {
  const size = 12;
  const png = await page.screenshot({ clip: { x: point.x - size / 2, y: point.y - size / 2, width: size, height: size } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return -1;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

/**
 * Whether the page draws a frame within `ms`: a tab frozen by a script (a layout that never ends,
 * a validation of seconds) answers nothing.
 */
export async function answersWithin(page: Page, ms: number): Promise<boolean> {
  const frame = page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => done(true))));
  const late = new Promise<boolean>((done) => setTimeout(() => done(false), ms));
  return Promise.race([frame.catch(() => false), late]);
}

/** The seed map still filters: ODD 13 narrows the status line, Clear all gives every actor back. */
export async function seedMapStillFilters(page: Page): Promise<void> {
  const seed = readDataFile(SEED_FILE);
  await page.getByTestId('filter-sdg-13').click();
  await expect(page.getByTestId('status')).toHaveText(new RegExp(`acteurs? sur ${seed.nodes.length}`));
  await page.getByTestId('filters-clear-all').click();
  await expect(page.getByTestId('status')).toHaveText(`${seed.nodes.length} acteurs · ${seed.edges.length} alliances`);
}
