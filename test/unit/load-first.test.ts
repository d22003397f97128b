import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstLoadWithin, settledFirstLoad, startFirstLoad, stopWaitingForFirstLoad, takeFirstLoad } from '../../src/load/firstLoad';
import type { LoadResult } from '../../src/load/loadData';

const FAILED: LoadResult = { ok: false, failure: { reason: 'fetch', sourceName: 'data/a.json', status: 404 } };

function deferred() {
  let resolve: (result: LoadResult) => void = () => undefined;
  const promise = new Promise<LoadResult>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('the first file, loaded before the first render', () => {
  afterEach(() => {
    vi.useRealTimers();
    takeFirstLoad('data/a.json');
  });

  it('lets the first render show a file that came in time, for its own URL only, and hands the load over once', async () => {
    const load = deferred();
    startFirstLoad('data/a.json', () => load.promise);
    const waiting = firstLoadWithin(10_000);
    expect(settledFirstLoad('data/a.json')).toBeNull();
    load.resolve(FAILED);
    await waiting;
    expect(settledFirstLoad('data/a.json')).toBe(FAILED);
    expect(settledFirstLoad('data/b.json')).toBeNull();
    expect(takeFirstLoad('data/b.json')).toBeNull();
    expect(takeFirstLoad('data/a.json')?.result).toBe(FAILED);
    expect(takeFirstLoad('data/a.json')).toBeNull();
    expect(settledFirstLoad('data/a.json')).toBeNull();
  });

  it('waits no longer than asked for a slow file, nor at all once the file is known to be large', async () => {
    vi.useFakeTimers();
    startFirstLoad('data/a.json', () => deferred().promise);
    let waited = false;
    void firstLoadWithin(400).then(() => (waited = true));
    await vi.advanceTimersByTimeAsync(399);
    expect(waited).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(waited).toBe(true);
    expect(settledFirstLoad('data/a.json')).toBeNull();

    let waitedForLarge = false;
    void firstLoadWithin(400).then(() => (waitedForLarge = true));
    stopWaitingForFirstLoad();
    await vi.advanceTimersByTimeAsync(0);
    expect(waitedForLarge).toBe(true);
  });

  it('ends the load when whoever took it aborts', () => {
    let signal: AbortSignal | null = null;
    startFirstLoad('data/a.json', (given) => {
      signal = given;
      return deferred().promise;
    });
    takeFirstLoad('data/a.json')?.controller.abort();
    expect((signal as AbortSignal | null)?.aborted).toBe(true);
  });
});
