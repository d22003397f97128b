// Messages between the main thread and the layout worker (layout.worker.ts).
import type { SerializedGraph } from 'graphology-types';
import type { LayoutInput, LayoutOptions } from './types';

export interface WorkerLayoutOptions extends Pick<LayoutOptions, 'seed' | 'iterations'> {
  /** Stop after this much time (ms, from the start message) and send what there is. Default: none. */
  timeBudgetMs?: number;
  /** Work between two looks at the messages (a stop), in ms. Default 60. */
  progressIntervalMs?: number;
  /**
   * Least time between two progress messages, in ms (default: progressIntervalMs). Each message
   * costs the main thread an object per actor, and a large map is drawn again at most every
   * {@link positionsGap} ms anyway.
   */
  progressGapMs?: number;
}

/** Main thread → worker. */
export type WorkerRequest =
  | {
      type: 'start';
      /** The compact form (typed arrays, may be transferred), or a graphology `graph.export()`. */
      input?: LayoutInput;
      graph?: Pick<SerializedGraph, 'nodes' | 'edges'>;
      /** With `graph`: node radii in node order (default: from degrees). */
      radius?: Float64Array;
      options?: WorkerLayoutOptions;
    }
  /** Finish now: the worker answers with `done` (reason `stopped`) and the positions so far. */
  | { type: 'stop' };

export type DoneReason = 'finished' | 'stopped' | 'budget';

/** Worker → main thread. Coordinates are interleaved: x0, y0, x1, y1... in the order of `ids`. */
export type WorkerResponse =
  /** Sent once, first: the node ids, in the order of every coordinate array that follows. */
  | { type: 'ids'; ids: string[] }
  /** Positions so far (transferred), about every progressGapMs. */
  | { type: 'progress'; positions: Float32Array; progress: number }
  /**
   * The last message. Float64 so that a finished layout is exactly computeLayout's result;
   * progress < 1 when stopped or out of time budget.
   */
  | { type: 'done'; positions: Float64Array; progress: number; reason: DoneReason }
  | { type: 'error'; message: string };
