// Main-thread side of the layout: small graphs are laid out at once, larger ones in a worker whose
// progress is streamed to the caller (graphology's FA2 supervisor pattern: start, stop, kill).
import type { AbstractGraph } from 'graphology-types';
import { graphToLayoutInput } from './input';
import { createLayoutFromInput, toPositions } from './layout';
import { positionsGap } from './pace';
import type { DoneReason, WorkerLayoutOptions, WorkerRequest, WorkerResponse } from './protocol';
import type { LayoutOptions, Positions } from './types';

/** Graphs with fewer nodes are laid out synchronously on the calling thread (a few tens of ms). */
export const SYNC_BELOW_NODES = 150;

/** What the supervisor needs of a Worker (a real one, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  removeEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface SupervisorOptions extends LayoutOptions, WorkerLayoutOptions {
  /** Below this many nodes, no worker: default {@link SYNC_BELOW_NODES}. */
  syncBelowNodes?: number;
  /** Makes the worker; default the bundled layout.worker.ts. Without Worker support, runs synchronously. */
  createWorker?: () => WorkerLike;
  /** Called instead of onDone when the worker fails. */
  onError?: (error: Error) => void;
}

export interface DoneInfo {
  reason: DoneReason;
  progress: number;
}

export interface LayoutHandle {
  /** Ends the layout early: onDone gets the positions reached so far. */
  stop(): void;
  /** Ends the worker at once; no callback is called any more. */
  kill(): void;
}

export type OnPositions = (positions: Positions, progress: number) => void;
export type OnDone = (positions: Positions, info: DoneInfo) => void;

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Lays the graph out, calling onPositions with positions so far and the share done (0..1), then
 * onDone with the final positions. Below `syncBelowNodes` nodes (or where there is no Worker) both
 * are called before this returns. With the same seed, the final positions of a finished layout
 * equal computeLayout's.
 */
export function startLayout(graph: AbstractGraph, options: SupervisorOptions, onPositions: OnPositions, onDone: OnDone): LayoutHandle {
  const input = graphToLayoutInput(graph, options.nodeRadius);
  const engineOptions = { seed: options.seed, iterations: options.iterations };
  const canUseWorker = options.createWorker !== undefined || typeof Worker !== 'undefined';
  if (input.ids.length < (options.syncBelowNodes ?? SYNC_BELOW_NODES) || !canUseWorker) {
    const run = createLayoutFromInput(input, engineOptions);
    const positions = run.step(Infinity);
    onPositions(positions, 1);
    onDone(positions, { reason: 'finished', progress: 1 });
    return { stop() {}, kill() {} };
  }

  const worker = (options.createWorker ?? defaultWorker)();
  const ids = input.ids;
  const gap = options.progressGapMs ?? positionsGap(ids.length);
  let ended = false;
  // Messages that queue up while the main thread is busy (a frame of a large map drawn in software
  // takes seconds) come one after another: only the latest is made into positions, at most every gap.
  let pending: { positions: Float32Array; progress: number } | null = null;
  let deliveredAt = -Infinity;
  let deliveryTimer: ReturnType<typeof setTimeout> | undefined;
  const deliver = (): void => {
    deliveryTimer = undefined;
    if (!pending || ended) return;
    const { positions, progress } = pending;
    pending = null;
    deliveredAt = performance.now();
    onPositions(toPositions(ids, positions), progress);
  };

  const cleanUp = (): void => {
    ended = true;
    clearTimeout(deliveryTimer);
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('error', onFailure);
    worker.terminate();
  };
  function onMessage(event: MessageEvent<WorkerResponse>): void {
    if (ended) return;
    const message = event.data;
    switch (message.type) {
      case 'ids':
        return;
      case 'progress': {
        pending = { positions: message.positions, progress: message.progress };
        if (deliveryTimer !== undefined) return;
        const wait = deliveredAt + gap - performance.now();
        if (wait <= 0) deliver();
        else deliveryTimer = setTimeout(deliver, wait);
        return;
      }
      case 'done': {
        cleanUp();
        const positions = toPositions(ids, message.positions);
        onPositions(positions, message.progress);
        return onDone(positions, { reason: message.reason, progress: message.progress });
      }
      case 'error':
        cleanUp();
        return options.onError?.(new Error(`startLayout: the layout worker failed: ${message.message}`));
    }
  }
  function onFailure(event: ErrorEvent): void {
    if (ended) return;
    cleanUp();
    options.onError?.(new Error(`startLayout: the layout worker failed: ${event.message}`));
  }
  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onFailure);

  const workerOptions: WorkerLayoutOptions = { ...engineOptions };
  if (options.timeBudgetMs !== undefined) workerOptions.timeBudgetMs = options.timeBudgetMs;
  if (options.progressIntervalMs !== undefined) workerOptions.progressIntervalMs = options.progressIntervalMs;
  workerOptions.progressGapMs = gap;
  const transfer = [input.presetX.buffer, input.presetY.buffer, input.radius.buffer, input.links.buffer, input.linkWeight.buffer];
  worker.postMessage({ type: 'start', input, options: workerOptions }, transfer);

  return {
    stop() {
      if (!ended) worker.postMessage({ type: 'stop' }, []);
    },
    kill() {
      if (!ended) cleanUp();
    },
  };
}
