import { buildGraph, type AllianceGraph } from '../model/graph';
import type { DataFile, Problem } from '../model/types';
import { validateText, type ValidationResult } from '../model/validate';
import { UNREADABLE, validateBlob, type ValidateBlobOptions } from './validateBlob';
import { LISTED_PROBLEMS } from './workerCore';
import { takePrefetched } from './prefetch';

export interface Dataset {
  file: DataFile;
  graph: AllianceGraph;
  /** Where it came from, as shown to the user: a URL or a local file name. */
  sourceName: string;
  /** How it was opened: by a URL anyone can open, from the reader's disk, or carried in the page. */
  openedFrom: 'url' | 'file' | 'inline';
}

export type LoadFailure =
  | { reason: 'invalid'; sourceName: string; problems: Problem[]; truncated?: boolean }
  | { reason: 'fetch'; sourceName: string; status: number | null }
  | { reason: 'read'; sourceName: string };

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; failure: LoadFailure };

/** Options of a load: `signal` ends it (the promise rejects); the rest chooses where it validates. */
export type LoadOptions = ValidateBlobOptions;

function datasetFromValidation(
  { file, problems, truncated }: ValidationResult,
  sourceName: string,
  openedFrom: Dataset['openedFrom'],
): LoadResult {
  if (!file || problems.length > 0) return { ok: false, failure: { reason: 'invalid', sourceName, problems, truncated } };
  return { ok: true, dataset: { file, graph: buildGraph(file), sourceName, openedFrom } };
}

/** Validates and builds on this thread, at once (the single-file map's inline data, tests). */
export function datasetFromText(text: string, sourceName: string, openedFrom: Dataset['openedFrom']): LoadResult {
  return datasetFromValidation(validateText(text, sourceName, { maxProblems: LISTED_PROBLEMS }), sourceName, openedFrom);
}

/**
 * Opens a data file by URL: relative to the page, same origin, or a host allowing CORS reads.
 * The only request made is for this URL; a large file is validated in a worker (validateBlob).
 */
export async function loadFromUrl(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  let response: Response;
  let blob: Blob;
  try {
    response = await (takePrefetched(url) ?? fetch(url, { credentials: 'omit', signal: options.signal }));
    if (!response.ok) return { ok: false, failure: { reason: 'fetch', sourceName: url, status: response.status } };
    blob = await response.blob();
  } catch {
    return { ok: false, failure: { reason: 'fetch', sourceName: url, status: null } };
  }
  const result = await validateBlob(blob, url, options);
  if (result === UNREADABLE) return { ok: false, failure: { reason: 'fetch', sourceName: url, status: null } };
  return datasetFromValidation(result, url, 'url');
}

export async function loadFromFile(file: File, options: LoadOptions = {}): Promise<LoadResult> {
  const result = await validateBlob(file, file.name, options);
  if (result === UNREADABLE) return { ok: false, failure: { reason: 'read', sourceName: file.name } };
  return datasetFromValidation(result, file.name, 'file');
}
