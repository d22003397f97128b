// The load worker's logic, apart from the worker global so that it runs (and is tested) anywhere:
// read the bytes as UTF-8 text (as Response.text() and File.text() do), then validateText.
import { validateText, type ValidationResult } from '../model/validate';
import type { ImportInput, ImportOutcome } from '../import/run';
import type { LoadWorkerRequest, LoadWorkerResponse } from './protocol';

/**
 * Problems the app lists at most (the panel shows five and counts the rest): finding, wording and
 * locating 12,000 problems of a hostile file would hold the main thread for a second.
 */
export const LISTED_PROBLEMS = 100;

/** The bytes could not be read: a file gone from the disk, a download cut short. */
export const UNREADABLE = 'unreadable';

/** Why a load was aborted: the signal's reason, or an AbortError. */
export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The load was superseded', 'AbortError');
}

/**
 * validateText of the blob's text, or UNREADABLE; throws what validateText throws, and the
 * signal's reason when it was aborted while the text was read.
 */
export async function readAndValidate(blob: Blob, sourceName: string, signal?: AbortSignal): Promise<ValidationResult | typeof UNREADABLE> {
  let text: string;
  try {
    text = await blob.text();
  } catch {
    return UNREADABLE;
  }
  if (signal?.aborted) throw abortReason(signal);
  return validateText(text, sourceName, { maxProblems: LISTED_PROBLEMS });
}

/**
 * runImport of the blobs' bytes, or UNREADABLE. The importers are a chunk of their own, loaded
 * here on first use: neither the first frame nor a JSON file needs them.
 */
export async function readAndImport(
  inputs: ReadonlyArray<{ blob: Blob; name: string }>,
  signal?: AbortSignal,
): Promise<ImportOutcome | typeof UNREADABLE> {
  let read: ImportInput[];
  try {
    read = await Promise.all(inputs.map(async ({ blob, name }) => ({ name, bytes: new Uint8Array(await blob.arrayBuffer()) })));
  } catch {
    return UNREADABLE;
  }
  if (signal?.aborted) throw abortReason(signal);
  const { runImport } = await import('../import/run');
  return runImport(read);
}

/** The worker's answer to a request: never throws. */
export async function answerLoadRequest(request: LoadWorkerRequest): Promise<LoadWorkerResponse> {
  try {
    if (request.type === 'import') {
      const outcome = await readAndImport(request.inputs);
      return outcome === UNREADABLE ? { type: 'unreadable' } : { type: 'imported', outcome };
    }
    const result = await readAndValidate(request.blob, request.sourceName);
    if (result === UNREADABLE) return { type: 'unreadable' };
    if (request.withFile !== false) return { type: 'validated', result };
    const { problems, truncated } = result;
    return { type: 'validated', result: truncated === undefined ? { problems } : { problems, truncated } };
  } catch (error) {
    return { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
