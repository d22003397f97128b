import { buildGraph, type AllianceGraph } from '../model/graph';
import type { DataFile, Problem } from '../model/types';
import { validateText, type ValidationResult } from '../model/validate';
import { dataUrlAllowed } from './dataOrigin';
import { UNREADABLE, validateBlob, type ValidateBlobOptions } from './validateBlob';
import { takePrefetched } from './prefetch';

export interface Dataset {
  file: DataFile;
  graph: AllianceGraph;
  /** Where it came from, as shown to the user: a URL or a local file name. */
  sourceName: string;
  /** How it was opened: by a URL anyone can open, from the reader's disk, or carried in the page. */
  openedFrom: 'url' | 'file' | 'inline';
  /** Opened by URL: the address it was read from, after any redirect (whose site the app names). */
  fetchedFrom?: string;
}

export type LoadFailure =
  | { reason: 'invalid'; sourceName: string; problems: Problem[] }
  | { reason: 'fetch'; sourceName: string; status: number | null }
  | { reason: 'read'; sourceName: string }
  /** A build restricted to some origins (`--data-from`) was asked for a file from another. */
  | { reason: 'origin'; sourceName: string };

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; failure: LoadFailure };

/** Options of a load: `signal` ends it (the promise rejects); the rest chooses where it validates. */
export type LoadOptions = ValidateBlobOptions & {
  /** The origins a URL may be on besides the page's (null or absent: any); see DATA_FROM. */
  dataFrom?: readonly string[] | null;
  /** The page's address (default: the current page's). */
  pageUrl?: string;
};

function datasetFromValidation({ file, problems }: ValidationResult, sourceName: string, openedFrom: Dataset['openedFrom']): LoadResult {
  if (!file || problems.length > 0) return { ok: false, failure: { reason: 'invalid', sourceName, problems } };
  return { ok: true, dataset: { file, graph: buildGraph(file), sourceName, openedFrom } };
}

/** Validates and builds on this thread, at once (the single-file map's inline data, tests). */
export function datasetFromText(text: string, sourceName: string, openedFrom: Dataset['openedFrom']): LoadResult {
  return datasetFromValidation(validateText(text, sourceName), sourceName, openedFrom);
}

/**
 * Opens a data file by URL: relative to the page, same origin, or a host allowing CORS reads.
 * The only request made is for this URL (none when `dataFrom` refuses its origin, nor when a
 * redirect led to such an origin); a large file is validated in a worker (validateBlob).
 */
export async function loadFromUrl(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const pageUrl = options.pageUrl ?? globalThis.location?.href ?? '';
  const allowed = (address: string) => dataUrlAllowed(address, pageUrl, options.dataFrom ?? null);
  if (!allowed(url)) return { ok: false, failure: { reason: 'origin', sourceName: url } };
  let response: Response;
  let blob: Blob;
  try {
    response = await (takePrefetched(url) ?? fetch(url, { credentials: 'omit', signal: options.signal }));
    if (response.url !== '' && !allowed(response.url)) return { ok: false, failure: { reason: 'origin', sourceName: response.url } };
    if (!response.ok) return { ok: false, failure: { reason: 'fetch', sourceName: url, status: response.status } };
    blob = await response.blob();
  } catch {
    return { ok: false, failure: { reason: 'fetch', sourceName: url, status: null } };
  }
  const result = await validateBlob(blob, url, options);
  if (result === UNREADABLE) return { ok: false, failure: { reason: 'fetch', sourceName: url, status: null } };
  const loaded = datasetFromValidation(result, url, 'url');
  if (loaded.ok) loaded.dataset.fetchedFrom = response.url !== '' ? response.url : url;
  return loaded;
}

export async function loadFromFile(file: File, options: LoadOptions = {}): Promise<LoadResult> {
  const result = await validateBlob(file, file.name, options);
  if (result === UNREADABLE) return { ok: false, failure: { reason: 'read', sourceName: file.name } };
  return datasetFromValidation(result, file.name, 'file');
}
