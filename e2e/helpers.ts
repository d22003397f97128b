import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { InspectedView } from '../src/inspect/handle';
import type { DataFile } from '../src/model/types';

export const SEED_FILE = 'data/odd17-villes-au-carre.json';

export function readDataFile(path: string): DataFile {
  return JSON.parse(readFileSync(path, 'utf8')) as DataFile;
}

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

/** The grey level (0-255) of every pixel of a screen rectangle, as a person would see it. */
export async function screenGreys(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return [];
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const greys: number[] = [];
    for (let i = 0; i < data.length; i += 4) greys.push(((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3);
    return greys;
  }, png.toString('base64'));
}

/** Mean brightness (0-255) of a small square of the screen, as a person would see it. */
export async function brightness(page: Page, point: { x: number; y: number }): Promise<number> {
  const size = 12;
  const greys = await screenGreys(page, { x: point.x - size / 2, y: point.y - size / 2, width: size, height: size });
  return greys.length === 0 ? -1 : greys.reduce((sum, grey) => sum + grey, 0) / greys.length;
}
