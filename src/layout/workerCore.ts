// The layout worker's logic, apart from the worker global so that it can run (and be tested) anywhere.
import { createEngine } from './layout';
import { serializedToLayoutInput } from './input';
import type { DoneReason, WorkerRequest, WorkerResponse } from './protocol';
import type { LayoutEngine } from './types';

export const WORKER_DEFAULTS = {
  progressIntervalMs: 60,
} as const;

export type Post = (message: WorkerResponse, transfer: Transferable[]) => void;

export interface WorkerEnvironment {
  post: Post;
  /** Runs fn soon, after pending messages (setTimeout 0 in a worker). */
  schedule?: (fn: () => void) => void;
  now?: () => number;
}

/**
 * Returns the handler of the requests the worker receives. One layout at a time: a new `start`
 * replaces the running one.
 */
export function createWorkerHandler(environment: WorkerEnvironment): (request: WorkerRequest) => void {
  const { post } = environment;
  const schedule = environment.schedule ?? ((fn: () => void) => void setTimeout(fn, 0));
  const now = environment.now ?? (() => performance.now());
  let current: { engine: LayoutEngine; n: number; stopped: boolean; finished: boolean } | null = null;

  function finish(run: NonNullable<typeof current>, reason: DoneReason): void {
    if (run.finished) return;
    run.finished = true;
    const positions = new Float64Array(2 * run.n);
    run.engine.write(positions);
    const progress = run.engine.total === 0 ? 1 : run.engine.steps / run.engine.total;
    post({ type: 'done', positions, progress, reason }, [positions.buffer]);
  }

  function start(request: Extract<WorkerRequest, { type: 'start' }>): void {
    const startedAt = now();
    const options = request.options ?? {};
    const interval = options.progressIntervalMs ?? WORKER_DEFAULTS.progressIntervalMs;
    const gap = Math.max(interval, options.progressGapMs ?? 0);
    let postedAt = -Infinity; // the first positions go out at once: the map waits for them
    const deadline = options.timeBudgetMs === undefined ? Infinity : startedAt + options.timeBudgetMs;
    const input = request.input ?? (request.graph ? serializedToLayoutInput(request.graph, request.radius) : null);
    if (!input) throw new Error('layout worker: a start message needs `input` or `graph`');
    const engine = createEngine(input, options);
    const run = { engine, n: input.ids.length, stopped: false, finished: false };
    if (current) current.stopped = true;
    current = run;
    post({ type: 'ids', ids: input.ids }, []);

    let perStep = 0; // ms per step, measured
    const slice = (): void => {
      if (run.finished) return;
      if (run.stopped) return finish(run, 'stopped');
      const sliceStart = now();
      const sliceEnd = Math.min(sliceStart + interval, deadline);
      while (engine.steps < engine.total) {
        const t = now();
        if (t >= sliceEnd) break;
        const remaining = engine.total - engine.steps;
        const batch = perStep > 0 ? Math.max(1, Math.min(remaining, Math.floor((sliceEnd - t) / perStep / 2))) : 1;
        engine.tick(batch);
        const spent = (now() - t) / batch;
        perStep = perStep > 0 ? 0.7 * perStep + 0.3 * spent : spent;
      }
      if (engine.steps >= engine.total) return finish(run, 'finished');
      if (now() >= deadline) return finish(run, 'budget');
      if (now() - postedAt < gap) return schedule(slice);
      postedAt = now();
      const positions = new Float32Array(2 * run.n);
      engine.write(positions);
      post({ type: 'progress', positions, progress: engine.steps / engine.total }, [positions.buffer]);
      schedule(slice);
    };
    slice();
  }

  return (request) => {
    try {
      if (request.type === 'start') start(request);
      else if (request.type === 'stop' && current) current.stopped = true;
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}
