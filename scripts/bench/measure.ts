// What `npm run bench` measures in one page, in headless Chromium driven by Playwright. The page
// records its own times (scripts/bench/probe.js, injected before any script); main-thread time per
// pan/zoom step comes from Chromium's own counter (CDP Performance.getMetrics, TaskDuration).
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { VISIBILITY_APPLIED_MARK } from '../../src/map/adapter';

export const VIEWPORT = { width: 1280, height: 800 };
const PROBE = new URL('./probe.js', import.meta.url).pathname;

interface Probe {
  readyAt: number | null;
  longTasks: { start: number; duration: number }[];
  longFrames: { start: number; duration: number; longestOther: number }[];
  workerStart: number | null;
  workerEnd: number | null;
  startRecording(): void;
  stopRecording(): number[];
}
declare global {
  interface Window {
    __bench?: Probe;
  }
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Navigation start → first frame drawn, in ms. */
  firstFrameMs: number;
  /** Paths of the JavaScript files the page (not its workers) had fetched by its first frame. */
  scriptsBeforeFirstFrame: string[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null;
}

/** A fresh context (cold cache: the server also says no-store), the page opened, its first frame awaited. */
export async function openPage(browser: Browser, url: string, timeoutMs: number): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ path: PROBE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page
      .waitForFunction(() => typeof window.__bench?.readyAt === 'number', null, { timeout: timeoutMs, polling: 100 })
      .catch((error: unknown) => {
        throw new Error(
          errors.length > 0
            ? `page error: ${errors[0]}`
            : `no first frame within ${Math.round(timeoutMs / 1000)} s (${String(error).split('\n')[0]})`,
        );
      });
    const firstFrameMs = await page.evaluate(() => window.__bench?.readyAt ?? NaN);
    const scriptsBeforeFirstFrame = await page.evaluate((readyAt) => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return resources
        .filter((entry) => entry.responseEnd <= readyAt && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname);
    }, firstFrameMs);
    return { context, page, cdp, firstFrameMs, scriptsBeforeFirstFrame };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** Resolves after the next frame has been rendered (a task queued from requestAnimationFrame). */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

export interface PanZoom {
  /** Main-thread time of each step (one wheel notch or one drag move), in ms. */
  steps: number[];
  /** Intervals between animation frames during the gestures, in ms. */
  intervals: number[];
}

/**
 * Pans by dragging from the map's empty left margin (framing leaves 40 px free) and zooms with
 * the wheel at its centre, measuring the main-thread time each step costs, up to its frame.
 */
export async function measurePanZoom(page: Page, cdp: CDPSession): Promise<PanZoom> {
  const box = await page.locator('[data-testid=map]').first().boundingBox();
  if (!box) throw new Error('the map has no box');
  const left = { x: box.x + 14, y: box.y + box.height / 2 };
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const steps: number[] = [];
  const step = async (action: () => Promise<void>) => {
    const before = await taskSeconds(cdp);
    await action();
    await nextFrame(page);
    steps.push((await taskSeconds(cdp)) - before);
  };
  await page.mouse.move(left.x, left.y);
  await nextFrame(page);
  await page.evaluate(() => window.__bench?.startRecording());
  await step(() => page.mouse.down());
  for (let i = 1; i <= 20; i++) await step(() => page.mouse.move(left.x + 14 * i, left.y + 6 * i));
  await step(() => page.mouse.up());
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 10; i++) await step(() => page.mouse.wheel(0, -240));
  for (let i = 0; i < 10; i++) await step(() => page.mouse.wheel(0, 240));
  const intervals = await page.evaluate(() => window.__bench?.stopRecording() ?? []);
  return { steps: steps.map((seconds) => seconds * 1000), intervals };
}

export interface FilterTimes {
  /** To the end of the first frame drawn after the status line shows the new counts. */
  filterMs: number;
  /** To the map surface's VISIBILITY_APPLIED_MARK: the filter's own work, without the frame; null if none was set. */
  filterWorkMs: number | null;
}

/**
 * Applies a filter the way a link or the back button does (new URL, popstate: the app re-reads
 * its URL), and times it to the end of the first frame drawn after the app's status line shows
 * the new counts (the renderers apply the view in the same commit's effects), and to the moment
 * the map surface handed the new visibility to the drawing (its performance mark).
 */
export async function measureFilter(page: Page, query: string, timeoutMs: number): Promise<FilterTimes> {
  return page.evaluate(
    async ({ query, timeoutMs, mark }) => {
      const status = document.querySelector('[data-testid=status]');
      if (!status) throw new Error('no [data-testid=status] to watch');
      const before = status.textContent;
      const started = performance.now();
      const changed = new Promise<void>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (status.textContent === before) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error('the status line did not change')), timeoutMs);
      });
      window.history.pushState(null, '', `${window.location.pathname}?${query}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await changed;
      await new Promise((resolve) => setTimeout(resolve, 0)); // the commit's effects (the renderer)
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const filterMs = performance.now() - started;
      const applied = performance.getEntriesByName(mark, 'mark').filter((entry) => entry.startTime >= started);
      return { filterMs, filterWorkMs: applied.length > 0 ? (applied[0]?.startTime ?? started) - started : null };
    },
    { query, timeoutMs, mark: VISIBILITY_APPLIED_MARK },
  );
}

/** JS heap in use after a garbage collection, in MB (performance.memory: Chromium only). */
export async function heapMB(page: Page, cdp: CDPSession): Promise<number | null> {
  await cdp.send('HeapProfiler.collectGarbage');
  const bytes = await page.evaluate(
    () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
  );
  return bytes === null ? null : bytes / 2 ** 20;
}

/**
 * Opens a map without preset positions and returns the longest main-thread task while the layout
 * runs in its worker once the map is on screen (first frame → worker terminated, or at most
 * `windowMs`): the streamed positions being drawn. The first draw itself is the first frame's
 * cost, measured apart. Null when no worker ran.
 */
export async function measureLayoutLongestTask(
  browser: Browser,
  url: string,
  windowMs: number,
  timeoutMs: number,
): Promise<{ longestMs: number | null; longestOtherMs: number | null; layoutMs: number | null; finished: boolean }> {
  const opened = await openPage(browser, url, timeoutMs);
  try {
    const { page } = opened;
    const start = await page.evaluate(() => {
      const probe = window.__bench;
      if (!probe || probe.workerStart === null) return null;
      return Math.max(probe.workerStart, probe.readyAt ?? 0);
    });
    if (start === null) return { longestMs: null, longestOtherMs: null, layoutMs: null, finished: true };
    await page
      .waitForFunction((limit) => window.__bench?.workerEnd !== null || performance.now() > limit, start + windowMs, {
        timeout: windowMs + 30_000,
        polling: 250,
      })
      .catch(() => undefined);
    return await page.evaluate((windowStart) => {
      const probe = window.__bench;
      const end = probe?.workerEnd ?? performance.now();
      let longest = 0;
      for (const task of probe?.longTasks ?? []) {
        if (task.start >= windowStart && task.start < end) longest = Math.max(longest, task.duration);
      }
      let longestOther = 0;
      for (const frame of probe?.longFrames ?? []) {
        if (frame.start >= windowStart && frame.start < end) longestOther = Math.max(longestOther, frame.longestOther);
      }
      return { longestMs: longest, longestOtherMs: longestOther, layoutMs: end - windowStart, finished: probe?.workerEnd !== null };
    }, start);
  } finally {
    await opened.context.close();
  }
}
