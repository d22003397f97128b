import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchData, takePrefetched } from '../../src/load/prefetch';

describe('prefetchData: the first file, requested as the app starts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the length from the headers, so that a large file’s worker and drawing start while it downloads', async () => {
    const body = 'x'.repeat(300_000);
    const fetch = vi.fn(() => Promise.resolve(new Response(body, { status: 200, headers: { 'content-length': String(body.length) } })));
    vi.stubGlobal('fetch', fetch);
    const lengths: number[] = [];
    prefetchData('data/large.json', (bytes) => lengths.push(bytes));
    const response = takePrefetched('data/large.json');
    expect(await response?.then((taken) => taken.text())).toBe(body);
    expect(lengths).toEqual([300_000]);
    expect(takePrefetched('data/large.json')).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('tells nothing for a failed request or one without a length', async () => {
    const lengths: number[] = [];
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('missing', { status: 404, headers: { 'content-length': '7' } })));
    prefetchData('data/missing.json', (bytes) => lengths.push(bytes));
    await takePrefetched('data/missing.json');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 200 })));
    prefetchData('data/no-length.json', (bytes) => lengths.push(bytes));
    await takePrefetched('data/no-length.json');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lengths).toEqual([]);
  });
});
