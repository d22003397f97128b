// Main-thread side of reading and validating a data file: small files on this thread, larger ones
// in a worker (load.worker.ts) so that parsing and validating a large file never blocks the page.
// Where there is no Worker (the single-file map: vite.viewer.config.ts strips it), or the worker
// fails to start, everything runs on this thread; the result is the same either way.
import type { ValidationResult } from '../model/validate';
import type { LoadWorkerRequest, LoadWorkerResponse } from './protocol';
import type { ImportOutcome } from '../import/run';
import { abortReason, readAndImport, readAndValidate, UNREADABLE } from './workerCore';

export { UNREADABLE } from './workerCore';

/**
 * Files of fewer bytes are validated on this thread. Measured in Chromium: a worker's start and
 * answer take 70–170 ms whatever the file, while parsing and validating 63 KB (the bundled file)
 * takes ~6 ms of the main thread and 280 KB ~30–50 ms (under 50 ms, a task is not "long").
 */
export const WORKER_FROM_BYTES = 256 * 1024;

/** What validateBlob needs of a Worker (a real one, or a stand-in in tests). */
export interface LoadWorkerLike {
  postMessage(message: LoadWorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LoadWorkerResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<LoadWorkerResponse>) => void): void;
  removeEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface ValidateBlobOptions {
  /** Aborting rejects the promise with the signal's reason and terminates the worker. */
  signal?: AbortSignal;
  /** Files of fewer bytes are validated on this thread: default {@link WORKER_FROM_BYTES}. */
  workerFromBytes?: number;
  /** Makes the worker; default the bundled load.worker.ts. Without Worker support, runs on this thread. */
  createWorker?: () => LoadWorkerLike;
}

export type BlobValidation = ValidationResult | typeof UNREADABLE;

function startWorker(): LoadWorkerLike {
  return new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
}

let spare: LoadWorkerLike | null = null;

/**
 * Starts a load worker ahead of its file (a large one is still downloading): its start (70-170 ms,
 * its script fetched and compiled) then overlaps the download. The next file read in a worker takes it.
 */
export function warmLoadWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    spare = startWorker();
  } catch {
    spare = null;
  }
}

function defaultWorker(): LoadWorkerLike {
  const worker = spare ?? startWorker();
  spare = null;
  return worker;
}

/**
 * validateText of the blob's UTF-8 text (or UNREADABLE), the same wherever it runs. From the
 * worker, the result arrives (is deserialized) in one task and resolves in the next, so that
 * what the caller does with it (buildGraph) does not lengthen that task.
 */
export function validateBlob(
  blob: Blob,
  sourceName: string,
  options: ValidateBlobOptions & { withFile?: boolean } = {},
): Promise<BlobValidation> {
  return inWorker<BlobValidation>(
    { type: 'validate', blob, sourceName, withFile: options.withFile ?? true },
    blob.size,
    options,
    () => readAndValidate(blob, sourceName, options.signal),
    (message) => (message.type === 'validated' ? message.result : null),
  );
}

/** runImport of the files (src/import/run.ts), in the worker from the same size on; or UNREADABLE. */
export function importBlobs(
  inputs: Array<{ blob: Blob; name: string }>,
  options: ValidateBlobOptions = {},
): Promise<ImportOutcome | typeof UNREADABLE> {
  const size = inputs.reduce((total, input) => total + input.blob.size, 0);
  return inWorker<ImportOutcome | typeof UNREADABLE>(
    { type: 'import', inputs },
    size,
    options,
    () => readAndImport(inputs, options.signal),
    (message) => (message.type === 'imported' ? message.outcome : null),
  );
}

/** Whether a file of this size is read in a load worker (if the worker starts). */
export function validatesInWorker(size: number, options: ValidateBlobOptions = {}): boolean {
  const canUseWorker = options.createWorker !== undefined || typeof Worker !== 'undefined';
  return canUseWorker && size >= (options.workerFromBytes ?? WORKER_FROM_BYTES);
}

/**
 * Runs a request in a load worker when the input is large and a worker can start, else `local()`
 * on this thread; `answer` reads the worker's reply (null: run locally after all).
 */
function inWorker<T>(
  request: LoadWorkerRequest,
  size: number,
  options: ValidateBlobOptions,
  local: () => Promise<T>,
  answer: (message: LoadWorkerResponse) => T | null,
): Promise<T | typeof UNREADABLE> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (!validatesInWorker(size, options)) return local();

  let worker: LoadWorkerLike;
  try {
    worker = (options.createWorker ?? defaultWorker)();
  } catch {
    return local();
  }
  return new Promise<T | typeof UNREADABLE>((resolve, reject) => {
    const end = (): void => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onFailure);
      worker.removeEventListener('messageerror', onFailure);
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    function onMessage(event: MessageEvent<LoadWorkerResponse>): void {
      end();
      const message = event.data;
      const result = answer(message);
      if (result !== null) {
        setTimeout(() => (signal?.aborted ? reject(abortReason(signal)) : resolve(result)), 0);
      } else if (message.type === 'unreadable') {
        resolve(UNREADABLE);
      } else {
        resolve(local());
      }
    }
    /** The worker could not start (a policy forbids it) or its answer could not be cloned: this thread. */
    function onFailure(event: Event): void {
      event.preventDefault();
      end();
      resolve(local());
    }
    function onAbort(): void {
      end();
      reject(abortReason(signal as AbortSignal));
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    signal?.addEventListener('abort', onAbort);
    worker.postMessage(request);
  });
}
