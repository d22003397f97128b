// Main-thread side of the measures: small maps on this thread (a few ms), large ones in a worker
// so that betweenness (time ∝ actors × alliances) never blocks the map. Where there is no Worker
// (the single-file map: vite.viewer.config.ts strips it) or it fails, on this thread.
import { computeMeasures, type Measures } from './measures';
import type { Topology } from './topology';

/** Maps of fewer actors are measured on this thread: 1,000 actors and 3,000 alliances take ~60 ms there. */
export const MEASURES_WORKER_FROM = 1000;

export interface MeasuresRun {
  result: Promise<Measures>;
  /** No answer will come: the worker, if any, is ended. */
  cancel(): void;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' });
}

export function runMeasures(topology: Topology, workerFrom = MEASURES_WORKER_FROM): MeasuresRun {
  const canUseWorker = typeof Worker !== 'undefined';
  if (topology.ids.length < workerFrom || !canUseWorker) {
    return { result: Promise.resolve().then(() => computeMeasures(topology)), cancel: () => undefined };
  }
  let worker: Worker | null = null;
  const result = new Promise<Measures>((resolve) => {
    try {
      worker = defaultWorker();
    } catch {
      resolve(computeMeasures(topology));
      return;
    }
    const started = worker;
    started.addEventListener('message', (event: MessageEvent<Measures>) => {
      started.terminate();
      resolve(event.data);
    });
    started.addEventListener('error', () => {
      started.terminate();
      resolve(computeMeasures(topology));
    });
    started.postMessage(topology); // copied, not transferred: the fallback above still needs it
  });
  return { result, cancel: () => worker?.terminate() };
}
