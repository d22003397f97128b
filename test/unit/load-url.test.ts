import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFromUrl } from '../../src/load/loadData';

describe('loadFromUrl: the size of the file, told before it is validated', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the length from the headers before the body has arrived, so that a large file’s worker and drawing start while it downloads', async () => {
    const told: number[] = [];
    let send: (text: string) => void = () => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        send = (text) => {
          controller.enqueue(new TextEncoder().encode(text));
          controller.close();
        };
      },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status: 200, headers: { 'content-length': '300000' } })));
    const loading = loadFromUrl('data/large.json', { pageUrl: 'https://example.org/', onBytes: (bytes) => told.push(bytes) });
    await vi.waitFor(() => expect(told).toEqual([300_000]));
    send('not json');
    await loading;
    expect(told[0]).toBe(300_000);
  });

  it('tells nothing from a failed request', async () => {
    const told: number[] = [];
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('missing', { status: 404, headers: { 'content-length': '7' } })));
    const result = await loadFromUrl('data/missing.json', { pageUrl: 'https://example.org/', onBytes: (bytes) => told.push(bytes) });
    expect(result.ok).toBe(false);
    expect(told).toEqual([]);
  });
});
