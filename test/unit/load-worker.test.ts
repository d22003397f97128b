import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetFromText, loadFromFile, loadFromUrl } from '../../src/load/loadData';
import type { LoadWorkerRequest, LoadWorkerResponse } from '../../src/load/protocol';
import { UNREADABLE, validateBlob, WORKER_FROM_BYTES, type LoadWorkerLike, type ValidateBlobOptions } from '../../src/load/validateBlob';
import { answerLoadRequest } from '../../src/load/workerCore';
import { validateText } from '../../src/model/validate';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const INVALID = 'test/fixtures/invalid/';
const VALID = 'test/fixtures/valid/small.json';
const invalidFixtures = readdirSync(new URL(INVALID, root)).filter((name) => name.endsWith('.json') && name !== 'expected.json');

type Listener = ((event: MessageEvent<LoadWorkerResponse>) => void) | ((event: Event) => void);

/** Runs the worker's code in this thread: messages cloned, delivered asynchronously. */
class InProcessWorker implements LoadWorkerLike {
  listeners = new Map<string, Set<Listener>>();
  terminated = false;
  posted: LoadWorkerRequest[] = [];
  constructor(private readonly behaviour: 'answer' | 'fail-to-start' | 'answer-error' = 'answer') {}

  postMessage(message: LoadWorkerRequest): void {
    this.posted.push(message);
    if (this.behaviour === 'fail-to-start') {
      setTimeout(() => this.emit('error', new Event('error')), 0);
      return;
    }
    const reply =
      this.behaviour === 'answer-error'
        ? Promise.resolve<LoadWorkerResponse>({ type: 'error', message: 'boom' })
        : answerLoadRequest(message);
    void reply.then((response) => {
      const copy = structuredClone(response);
      setTimeout(() => this.emit('message', { data: copy } as MessageEvent<LoadWorkerResponse>), 0);
    });
  }
  private emit(type: string, event: Event | MessageEvent<LoadWorkerResponse>): void {
    if (!this.terminated) this.listeners.get(type)?.forEach((listener) => (listener as (event: Event) => void)(event));
  }
  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  listening(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}

/** Options that always use a stand-in worker, recorded in `workers`. */
function inWorker(behaviour?: ConstructorParameters<typeof InProcessWorker>[0]): ValidateBlobOptions & { workers: InProcessWorker[] } {
  const workers: InProcessWorker[] = [];
  return {
    workers,
    workerFromBytes: 0,
    createWorker: () => {
      const worker = new InProcessWorker(behaviour);
      workers.push(worker);
      return worker;
    },
  };
}

const blobOf = (text: string): Blob => new Blob([text], { type: 'application/json' });
const unreadableBlob = (): Blob => ({ size: WORKER_FROM_BYTES * 2, text: () => Promise.reject(new Error('gone')) }) as unknown as Blob;

describe('the load worker core (answerLoadRequest)', () => {
  it('answers a valid file with validateText’s file', async () => {
    const text = read(VALID);
    const response = await answerLoadRequest({ type: 'validate', blob: blobOf(text), sourceName: 'small.json' });
    expect(response).toEqual({ type: 'validated', result: validateText(text, 'small.json') });
    if (response.type !== 'validated') throw new Error('not validated');
    expect(response.result.file).toEqual(JSON.parse(text));
    expect(response.result.problems).toEqual([]);
  });

  it('answers without the file when the main thread parses it (withFile: false), but with every problem', async () => {
    const text = read(VALID);
    const valid = await answerLoadRequest({ type: 'validate', blob: blobOf(text), sourceName: 'small.json', withFile: false });
    expect(valid).toEqual({ type: 'validated', result: { problems: [] } });
    const bad = read(INVALID + 'several-structure-problems.json');
    const invalid = await answerLoadRequest({ type: 'validate', blob: blobOf(bad), sourceName: 'bad.json', withFile: false });
    expect(invalid).toEqual({ type: 'validated', result: validateText(bad, 'bad.json') });
  });

  it.each(invalidFixtures)('%s: the same problems, messages, paths and lines as validateText', async (name) => {
    const text = read(INVALID + name);
    const response = await answerLoadRequest({ type: 'validate', blob: blobOf(text), sourceName: name });
    // What crosses to the main thread is a structured clone.
    expect(structuredClone(response)).toEqual({ type: 'validated', result: validateText(text, name) });
  });

  it('reads the bytes as UTF-8 and drops a byte-order mark, as Response.text() does', async () => {
    const text = read(VALID);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const response = await answerLoadRequest({ type: 'validate', blob: new Blob([bytes]), sourceName: 'bom.json' });
    expect(response).toEqual({ type: 'validated', result: validateText(text, 'bom.json') });
  });

  it('says so when the bytes cannot be read', async () => {
    expect(await answerLoadRequest({ type: 'validate', blob: unreadableBlob(), sourceName: 'gone.json' })).toEqual({ type: 'unreadable' });
  });

  it('reports an empty file as validateText does', async () => {
    const response = await answerLoadRequest({ type: 'validate', blob: blobOf(''), sourceName: 'empty.json' });
    expect(response).toEqual({ type: 'validated', result: validateText('', 'empty.json') });
  });
});

describe('validateBlob: where the file is validated', () => {
  it('validates a small file on this thread, with no worker', async () => {
    const createWorker = vi.fn(() => new InProcessWorker());
    const text = read(VALID);
    expect(text.length).toBeLessThan(WORKER_FROM_BYTES);
    expect(await validateBlob(blobOf(text), 'small.json', { createWorker })).toEqual(validateText(text, 'small.json'));
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('validates a file from the threshold up in a worker, then ends the worker', async () => {
    const text = read(VALID);
    const options = inWorker();
    const result = await validateBlob(blobOf(text), 'small.json', { ...options, workerFromBytes: text.length });
    expect(result).toEqual(validateText(text, 'small.json'));
    expect(options.workers).toHaveLength(1);
    expect(options.workers[0]?.posted[0]).toMatchObject({ type: 'validate', sourceName: 'small.json' });
    expect(options.workers[0]?.terminated).toBe(true);
    expect(options.workers[0]?.listening()).toBe(0);
  });

  it.each(invalidFixtures)('%s: the worker reports the same problems as this thread', async (name) => {
    const text = read(INVALID + name);
    expect(await validateBlob(blobOf(text), name, inWorker())).toEqual(validateText(text, name));
  });

  it('falls back to this thread when the worker cannot start or fails', async () => {
    const text = read(INVALID + 'unknown-support-form.json');
    const expected = validateText(text, 'x.json');
    const failing = inWorker('fail-to-start');
    expect(await validateBlob(blobOf(text), 'x.json', failing)).toEqual(expected);
    expect(failing.workers[0]?.terminated).toBe(true);
    expect(await validateBlob(blobOf(text), 'x.json', inWorker('answer-error'))).toEqual(expected);
    const throwing = {
      workerFromBytes: 0,
      createWorker: (): LoadWorkerLike => {
        throw new Error('blocked by a policy');
      },
    };
    expect(await validateBlob(blobOf(text), 'x.json', throwing)).toEqual(expected);
  });

  it('returns UNREADABLE when the bytes cannot be read, in a worker or not', async () => {
    expect(await validateBlob(unreadableBlob(), 'gone.json', inWorker())).toBe(UNREADABLE);
    expect(await validateBlob(unreadableBlob(), 'gone.json', { workerFromBytes: Infinity })).toBe(UNREADABLE);
  });

  it('an abort rejects with the reason and terminates the worker at once', async () => {
    const controller = new AbortController();
    const options = inWorker();
    const pending = validateBlob(blobOf(read(VALID)), 'small.json', { ...options, signal: controller.signal });
    controller.abort(new Error('superseded'));
    await expect(pending).rejects.toThrow('superseded');
    expect(options.workers[0]?.terminated).toBe(true);
    expect(options.workers[0]?.listening()).toBe(0);
    // Already aborted: no worker at all.
    const late = inWorker();
    await expect(validateBlob(blobOf('{}'), 'x.json', { ...late, signal: controller.signal })).rejects.toThrow('superseded');
    expect(late.workers).toHaveLength(0);
  });
});

describe('loadFromFile and loadFromUrl through the worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens a file from the disk as datasetFromText does', async () => {
    const text = read(VALID);
    const result = await loadFromFile(new File([text], 'small.json'), inWorker());
    const expected = datasetFromText(text, 'small.json', 'file');
    if (!result.ok || !expected.ok) throw new Error('not opened');
    expect(result.dataset.file).toEqual(expected.dataset.file);
    expect(result.dataset.graph.export()).toEqual(expected.dataset.graph.export());
    expect(result.dataset.openedFrom).toBe('file');
  });

  it('says how many bytes it read before validating them (a large file starts loading the WebGL drawing)', async () => {
    const text = read(VALID);
    const told: Array<{ bytes: number; validated: boolean }> = [];
    const options = inWorker();
    const workers = options.workers;
    const result = await loadFromFile(new File([text], 'small.json'), {
      ...options,
      onBytes: (bytes) => told.push({ bytes, validated: workers.length > 0 }),
    });
    expect(result.ok).toBe(true);
    expect(told).toEqual([{ bytes: new TextEncoder().encode(text).length, validated: false }]);
  });

  it('reports a bad file from the disk with the same problems, and an unreadable one as unreadable', async () => {
    const text = read(INVALID + 'several-structure-problems.json');
    expect(await loadFromFile(new File([text], 'bad.json'), inWorker())).toEqual(datasetFromText(text, 'bad.json', 'file'));
    const gone = Object.assign(unreadableBlob(), { name: 'gone.json' }) as File;
    expect(await loadFromFile(gone, inWorker())).toEqual({ ok: false, failure: { reason: 'read', sourceName: 'gone.json' } });
  });

  it('fetches the URL given and nothing else', async () => {
    const text = read(VALID);
    const fetch = vi.fn(() => Promise.resolve(new Response(text, { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    const result = await loadFromUrl('data/small.json', inWorker());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('data/small.json', expect.objectContaining({ credentials: 'omit' }));
    const expected = datasetFromText(text, 'data/small.json', 'url');
    if (!result.ok || !expected.ok) throw new Error('not opened');
    expect(result.dataset.file).toEqual(expected.dataset.file);
    expect(result.dataset.openedFrom).toBe('url');
  });

  it('reports a failed request as before', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('', { status: 404 }))),
    );
    expect(await loadFromUrl('missing.json', inWorker())).toEqual({
      ok: false,
      failure: { reason: 'fetch', sourceName: 'missing.json', status: 404 },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    expect(await loadFromUrl('away.json', inWorker())).toEqual({
      ok: false,
      failure: { reason: 'fetch', sourceName: 'away.json', status: null },
    });
  });
});
