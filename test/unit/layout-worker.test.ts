import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker as NodeWorker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { computeLayout, toPositions } from '../../src/layout/layout';
import type { WorkerLayoutOptions, WorkerRequest, WorkerResponse } from '../../src/layout/protocol';
import { positionsGap } from '../../src/layout/pace';
import { startLayout } from '../../src/layout/supervisor';
import type { DoneInfo, SupervisorOptions, WorkerLike } from '../../src/layout/supervisor';
import { allianceDataFile, randomDataFile } from '../../src/layout/testGraphs';
import type { Positions } from '../../src/layout/types';
import { WORKER_DEFAULTS, createWorkerHandler } from '../../src/layout/workerCore';

type MessageListener = (event: MessageEvent<WorkerResponse>) => void;
type ErrorListener = (event: ErrorEvent) => void;

/** Runs the worker's code in this thread, with messages cloned and delivered asynchronously. */
class InProcessWorker implements WorkerLike {
  messageListeners = new Set<MessageListener>();
  errorListeners = new Set<ErrorListener>();
  terminated = false;
  received: WorkerResponse[] = [];
  private handle = createWorkerHandler({
    post: (message) => {
      const copy = structuredClone(message);
      this.received.push(copy);
      setTimeout(() => {
        if (!this.terminated) this.messageListeners.forEach((l) => l({ data: copy } as MessageEvent<WorkerResponse>));
      }, 0);
    },
    schedule: (fn) => void setTimeout(() => !this.terminated && fn(), 0),
  });

  postMessage(message: WorkerRequest): void {
    const copy = structuredClone(message);
    setTimeout(() => !this.terminated && this.handle(copy), 0);
  }
  addEventListener(type: 'message' | 'error', listener: MessageListener | ErrorListener): void {
    if (type === 'message') this.messageListeners.add(listener as MessageListener);
    else this.errorListeners.add(listener as ErrorListener);
  }
  removeEventListener(type: 'message' | 'error', listener: MessageListener | ErrorListener): void {
    if (type === 'message') this.messageListeners.delete(listener as MessageListener);
    else this.errorListeners.delete(listener as ErrorListener);
  }
  terminate(): void {
    this.terminated = true;
  }
}

interface Outcome {
  frames: { positions: Positions; progress: number }[];
  done: { positions: Positions; info: DoneInfo };
  worker: InProcessWorker | null;
}

function run(
  graph: Parameters<typeof startLayout>[0],
  options: SupervisorOptions,
  afterStart?: (h: ReturnType<typeof startLayout>) => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const frames: Outcome['frames'] = [];
    let worker: InProcessWorker | null = null;
    const handle = startLayout(
      graph,
      { createWorker: () => (worker = new InProcessWorker()), ...options },
      (positions, progress) => frames.push({ positions, progress }),
      (positions, info) => resolve({ frames, done: { positions, info }, worker }),
    );
    afterStart?.(handle);
  });
}

const small = buildGraph(allianceDataFile());
const medium = buildGraph(randomDataFile(200, 2, 3));

describe('startLayout', () => {
  it('lays a small graph out synchronously, before returning', () => {
    let done: Positions | null = null;
    let frames = 0;
    startLayout(
      small,
      { seed: 4 },
      () => frames++,
      (positions) => (done = positions),
    );
    expect(frames).toBe(1);
    expect(done).toEqual(computeLayout(small, { seed: 4 }));
  });

  it('streams progress from the worker and ends on exactly computeLayout’s positions', async () => {
    const options = { seed: 7, iterations: 120 };
    const { frames, done, worker } = await run(medium, { ...options, syncBelowNodes: 0, progressIntervalMs: 2, progressGapMs: 2 });
    expect(done.info).toEqual({ reason: 'finished', progress: 1 });
    expect(done.positions).toEqual(computeLayout(medium, options));
    expect(frames.length).toBeGreaterThan(2);
    const progress = frames.map((f) => f.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    // Protocol: ids once and first, Float32 frames, a Float64 final message.
    const types = worker!.received.map((m) => m.type);
    expect(types[0]).toBe('ids');
    expect(types.filter((t) => t === 'ids')).toHaveLength(1);
    expect(types.at(-1)).toBe('done');
    const firstProgress = worker!.received.find((m) => m.type === 'progress');
    expect(firstProgress?.type === 'progress' && firstProgress.positions).toBeInstanceOf(Float32Array);
    // Listeners are removed and the worker ended once done.
    expect(worker!.terminated).toBe(true);
    expect(worker!.messageListeners.size).toBe(0);
    expect(worker!.errorListeners.size).toBe(0);
  });

  it('gives the same result for the same seed from the worker and the main thread, with presets kept', async () => {
    const file = allianceDataFile();
    file.nodes[0] = { ...file.nodes[0]!, x: 12.5, y: -40 };
    const graph = buildGraph(file);
    const { done } = await run(graph, { syncBelowNodes: 0, progressIntervalMs: 1 });
    expect(done.positions).toEqual(computeLayout(graph));
    expect(done.positions[file.nodes[0].id]).toEqual({ x: 12.5, y: -40 });
  });

  it('stops early on stop(), with the positions so far', async () => {
    const { done } = await run(medium, { syncBelowNodes: 0, iterations: 100_000, progressIntervalMs: 5 }, (handle) =>
      setTimeout(() => handle.stop(), 30),
    );
    expect(done.info.reason).toBe('stopped');
    expect(done.info.progress).toBeLessThan(1);
    expect(Object.values(done.positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it('stops when the time budget is spent', async () => {
    const { done } = await run(medium, { syncBelowNodes: 0, iterations: 100_000, timeBudgetMs: 40, progressIntervalMs: 10 });
    expect(done.info.reason).toBe('budget');
    expect(done.info.progress).toBeGreaterThan(0);
    expect(done.info.progress).toBeLessThan(1);
  });

  it('calls nothing after kill(), and removes its listeners', async () => {
    let worker: InProcessWorker | null = null;
    let calls = 0;
    const handle = startLayout(
      medium,
      { syncBelowNodes: 0, iterations: 100_000, createWorker: () => (worker = new InProcessWorker()) },
      () => calls++,
      () => calls++,
    );
    await new Promise((r) => setTimeout(r, 20));
    handle.kill();
    const before = calls;
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(before);
    expect(worker!.terminated).toBe(true);
    expect(worker!.messageListeners.size).toBe(0);
    expect(worker!.errorListeners.size).toBe(0);
    handle.stop(); // harmless after kill
  });
});

describe('worker handler', () => {
  it('accepts a graphology export and gives computeLayout’s result', async () => {
    const messages: WorkerResponse[] = [];
    const finished = new Promise<void>((resolve) => {
      const handle = createWorkerHandler({
        post: (message) => {
          messages.push(message);
          if (message.type === 'done') resolve();
        },
      });
      handle({ type: 'start', graph: small.export(), options: { seed: 3 } });
    });
    await finished;
    const ids = messages[0]?.type === 'ids' ? messages[0].ids : [];
    const done = messages.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type === 'done') expect(toPositions(ids, done.positions)).toEqual(computeLayout(small, { seed: 3 }));
  });

  it('posts positions at most every progressGapMs, the first at once, and still reads a stop between posts', () => {
    const posts = (options: WorkerLayoutOptions) => {
      let clock = 0; // one ms per reading of the clock: the test does not depend on the machine
      const posted: { type: string; at: number }[] = [];
      const queue: (() => void)[] = [];
      const handle = createWorkerHandler({
        post: (message) => posted.push({ type: message.type, at: clock }),
        schedule: (fn) => queue.push(fn),
        now: () => ++clock,
      });
      handle({ type: 'start', graph: medium.export(), options: { seed: 1, iterations: 100_000, progressIntervalMs: 5, ...options } });
      for (let slices = 0; slices < 300 && queue.length > 0; slices++) queue.shift()!();
      handle({ type: 'stop' });
      queue.shift()?.();
      return posted;
    };
    const gapped = posts({ progressGapMs: 200 });
    const times = gapped.filter((p) => p.type === 'progress').map((p) => p.at);
    expect(times[0]).toBeLessThan(20);
    expect(times.length).toBeGreaterThan(2);
    times.slice(1).forEach((at, i) => expect(at - times[i]!).toBeGreaterThanOrEqual(200));
    expect(gapped.at(-1)?.type).toBe('done');
    // Without a gap, a message per slice of work.
    expect(posts({}).filter((p) => p.type === 'progress').length).toBeGreaterThan(3 * times.length);
  });

  it('is asked for positions as often as a map of that size is drawn again', () => {
    const started: WorkerRequest[] = [];
    const worker = { postMessage: (m: WorkerRequest) => started.push(m), addEventListener() {}, removeEventListener() {}, terminate() {} };
    const big = buildGraph(randomDataFile(3000, 2, 3));
    startLayout(
      big,
      { syncBelowNodes: 0, createWorker: () => worker },
      () => {},
      () => {},
    );
    const start = started[0];
    expect(start?.type === 'start' && start.options?.progressGapMs).toBe(positionsGap(3000));
    expect(positionsGap(3000)).toBeGreaterThan(WORKER_DEFAULTS.progressIntervalMs);
  });

  it('makes positions of only the latest of messages that queued up, at most every progressGapMs', async () => {
    let listener: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
    const worker = {
      postMessage() {},
      addEventListener(type: string, l: unknown) {
        if (type === 'message') listener = l as (event: MessageEvent<WorkerResponse>) => void;
      },
      removeEventListener() {},
      terminate() {},
    };
    const delivered: number[] = [];
    let done: DoneInfo | null = null;
    startLayout(
      medium,
      { syncBelowNodes: 0, createWorker: () => worker, progressGapMs: 40 },
      (_positions, progress) => delivered.push(progress),
      (_positions, info) => (done = info),
    );
    const coordinates = () => new Float32Array(2 * medium.order);
    const send = (message: WorkerResponse) => listener!({ data: message } as MessageEvent<WorkerResponse>);
    // Five messages in a row, as they come after a long frame.
    for (const progress of [0.1, 0.2, 0.3, 0.4, 0.5]) send({ type: 'progress', positions: coordinates(), progress });
    expect(delivered).toEqual([0.1]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(delivered).toEqual([0.1, 0.5]);
    send({ type: 'done', positions: new Float64Array(2 * medium.order), progress: 1, reason: 'finished' });
    expect(delivered).toEqual([0.1, 0.5, 1]);
    expect(done).toEqual({ reason: 'finished', progress: 1 });
  });

  it('answers a bad request with an error message', () => {
    const messages: WorkerResponse[] = [];
    createWorkerHandler({ post: (message) => messages.push(message) })({ type: 'start' });
    expect(messages).toEqual([{ type: 'error', message: 'layout worker: a start message needs `input` or `graph`' }]);
  });
});

/** Runs the worker's code on a real thread (Node worker_threads, TypeScript through tsx). */
function runOnThread(request: WorkerRequest): Promise<{ ids: string[]; done: Extract<WorkerResponse, { type: 'done' }> }> {
  const core = pathToFileURL(fileURLToPath(new URL('../../src/layout/workerCore.ts', import.meta.url))).href;
  // tsx's ESM entry (the require() resolution gives its CommonJS twin beside it).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const code = `import { parentPort } from 'node:worker_threads';
    const { tsImport } = await import(${JSON.stringify(tsxApi)});
    const { createWorkerHandler } = await tsImport(${JSON.stringify(core)}, ${JSON.stringify(core)});
    const handle = createWorkerHandler({ post: (message, transfer) => parentPort.postMessage(message, transfer) });
    parentPort.on('message', (message) => handle(message));`;
  const thread = new NodeWorker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
  return new Promise((resolve, reject) => {
    let ids: string[] = [];
    thread.on('error', reject);
    thread.on('message', (message: WorkerResponse) => {
      if (message.type === 'ids') ids = message.ids;
      if (message.type === 'error') reject(new Error(message.message));
      if (message.type === 'done') {
        void thread.terminate();
        resolve({ ids, done: message });
      }
    });
    thread.postMessage(request);
  });
}

describe('layout on another thread', () => {
  it('gives computeLayout’s exact positions for the same seed (d3-force and ForceAtlas2)', async () => {
    for (const [graph, options] of [
      [medium, { seed: 12, iterations: 80 }],
      [buildGraph(randomDataFile(1100, 3, 5)), { seed: 12, iterations: 15 }],
    ] as const) {
      const { ids, done } = await runOnThread({ type: 'start', graph: graph.export(), options: { ...options, progressIntervalMs: 5 } });
      expect(done.reason).toBe('finished');
      expect(toPositions(ids, done.positions)).toEqual(computeLayout(graph, options));
    }
  }, 60_000);
});
