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
