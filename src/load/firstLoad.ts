// The file the page opens first is loaded as the app starts, beside its scripts' evaluation, and
// React's first render waits a little for it: a small file that comes quickly is then on the
// first render, and the empty shell ("Chargement…") is never drawn, then drawn again with the map.
// A large file (validated in a worker) or a slow one does not hold the shell back for long.
// useDataset takes the load over, so that a newer load ends it as it ends any other.
import type { LoadResult } from './loadData';

interface FirstLoad {
  url: string;
  promise: Promise<LoadResult>;
  controller: AbortController;
  result: LoadResult | null;
}

let first: FirstLoad | null = null;
let stopWaiting: (() => void) | null = null;

/** Starts loading the page's first file; `load` ends when its signal aborts. */
export function startFirstLoad(url: string, load: (signal: AbortSignal) => Promise<LoadResult>): void {
  const controller = new AbortController();
  const entry: FirstLoad = { url, controller, result: null, promise: load(controller.signal) };
  entry.promise.then(
    (result) => {
      entry.result = result;
    },
    () => undefined, // aborted or failed: whoever takes the promise hears of it
  );
  first = entry;
}

/**
 * Resolves when the first load has settled, after `ms`, or when the file is known to be large
 * ({@link stopWaitingForFirstLoad}), whichever comes first.
 */
export function firstLoadWithin(ms: number): Promise<void> {
  const entry = first;
  if (!entry || entry.result) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      stopWaiting = null;
      resolve();
    }
    stopWaiting = done;
    entry.promise.then(done, done);
  });
}

/** The first render waits no longer (the file is large: it validates in a worker meanwhile). */
export function stopWaitingForFirstLoad(): void {
  stopWaiting?.();
}

/** The first load's result if it is of `url` and has settled (the first render shows it), else null. */
export function settledFirstLoad(url: string | null): LoadResult | null {
  return first && first.url === url ? first.result : null;
}

/** The first load of `url`, once: a later opening of the same URL loads it again. */
export function takeFirstLoad(url: string): Pick<FirstLoad, 'promise' | 'controller' | 'result'> | null {
  if (!first || first.url !== url) return null;
  const taken = first;
  first = null;
  return taken;
}
