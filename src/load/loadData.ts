import { canAccept } from '../import/report';
import type { ImportOutcome } from '../import/run';
import { looksNative, sniffInput } from '../import/sniff';
import { buildGraph, buildGraphInSlices, type AllianceGraph } from '../model/graph';
import type { DataFile, Problem } from '../model/types';
import { validateText, type ValidationResult } from '../model/validate';
import { dataUrlAllowed } from './dataOrigin';
import { importBlobs, UNREADABLE, validateBlob, validatesInWorker, type ValidateBlobOptions } from './validateBlob';
import { abortReason, LISTED_PROBLEMS } from './workerCore';

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

/** A map converted from another format (src/import): what was read, and its report. */
export interface Imported {
  outcome: ImportOutcome;
  sourceName: string;
  openedFrom: Dataset['openedFrom'];
}

export type LoadFailure =
  | { reason: 'invalid'; sourceName: string; problems: Problem[]; truncated?: boolean }
  /** An import that cannot be shown: refused whole, or with problems or no actor; its report says why. */
  | { reason: 'import'; sourceName: string; imported: Imported }
  | { reason: 'fetch'; sourceName: string; status: number | null }
  | { reason: 'read'; sourceName: string }
  /** A build restricted to some origins (`--data-from`) was asked for a file from another. */
  | { reason: 'origin'; sourceName: string };

export type LoadResult = { ok: true; dataset: Dataset; imported?: Imported } | { ok: false; failure: LoadFailure };

/** Options of a load: `signal` ends it (the promise rejects); the rest chooses where it validates. */
export type LoadOptions = ValidateBlobOptions & {
  /** The origins a URL may be on besides the page's (null or absent: any); see DATA_FROM. */
  dataFrom?: readonly string[] | null;
  /** The page's address (default: the current page's). */
  pageUrl?: string;
  /**
   * Told the file's size as soon as it is known, before it is validated: from a response's headers
   * before its body has arrived, then from the bytes read (a large file can start loading what it
   * will need meanwhile). May be told twice.
   */
  onBytes?: (bytes: number) => void;
};

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

/** The map an import makes, when it can be shown; else a failure carrying its report. */
export function importResult(imported: Imported): LoadResult {
  const { outcome, sourceName, openedFrom } = imported;
  if (!outcome.ok || !canAccept(outcome.conversion.report)) return { ok: false, failure: { reason: 'import', sourceName, imported } };
  const { file } = outcome.conversion;
  return { ok: true, dataset: { file, graph: buildGraph(file), sourceName, openedFrom }, imported };
}

type Input = { blob: Blob; name: string };

/** An Alliance Map JSON file, told by its name and first bytes: it skips the importers. */
async function isNativeJson({ blob, name }: Input): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 4096).arrayBuffer());
  return sniffInput(name, head) === 'json' && looksNative(new TextDecoder().decode(head));
}

/**
 * Up to this size, a file the worker validates is parsed and its graph built on this thread at the
 * same time, and the worker answers without the file: cloning it back would cost this thread more
 * than parsing it, and the map is ready as soon as the file is known to be valid. Above, a bad
 * file would hold this thread for a second or more: the worker's answer comes first.
 */
export const PARSE_BESIDE_WORKER_UP_TO = 48 * 2 ** 20;

/**
 * Resolves in a later task (the page answers input, and the worker's answer arrives, between
 * slices of work); rejects once the load is superseded, which ends the work.
 */
function nextTask(signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => setTimeout(() => (signal?.aborted ? reject(abortReason(signal)) : resolve()), 0));
}

/** The file and its graph, or null when it is not a data file that builds one (the validation says why) or the load ended. */
async function parseAndBuild(blob: Blob, signal: AbortSignal | undefined): Promise<Pick<Dataset, 'file' | 'graph'> | null> {
  try {
    const text = await blob.text();
    await nextTask(signal);
    const file = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as DataFile;
    return { file, graph: await buildGraphInSlices(file, () => nextTask(signal)) };
  } catch {
    return null;
  }
}

async function openBesideWorker(
  input: Input,
  sourceName: string,
  openedFrom: Dataset['openedFrom'],
  options: LoadOptions,
): Promise<LoadResult | typeof UNREADABLE> {
  const built = parseAndBuild(input.blob, options.signal);
  const result = await validateBlob(input.blob, input.name, { ...options, withFile: false });
  if (result === UNREADABLE) return UNREADABLE;
  // Problems, or validated on this thread after all (the worker failed): as any file.
  if (result.problems.length > 0 || result.file) return datasetFromValidation(result, sourceName, openedFrom);
  const ready = await built;
  if (ready) return { ok: true, dataset: { ...ready, sourceName, openedFrom } };
  // Valid in the worker yet not built here (the same bytes: should not happen): all on this thread.
  const again = await validateBlob(input.blob, input.name, { ...options, workerFromBytes: Infinity });
  return again === UNREADABLE ? UNREADABLE : datasetFromValidation(again, sourceName, openedFrom);
}

async function openInputs(
  inputs: Input[],
  sourceName: string,
  openedFrom: Dataset['openedFrom'],
  options: LoadOptions,
): Promise<LoadResult | typeof UNREADABLE> {
  const [first] = inputs;
  options.onBytes?.(inputs.reduce((sum, { blob }) => sum + blob.size, 0));
  const validate = async (input: Input) => {
    if (validatesInWorker(input.blob.size, options) && input.blob.size <= PARSE_BESIDE_WORKER_UP_TO)
      return openBesideWorker(input, sourceName, openedFrom, options);
    const result = await validateBlob(input.blob, input.name, options);
    return result === UNREADABLE ? UNREADABLE : datasetFromValidation(result, sourceName, openedFrom);
  };
  try {
    if (inputs.length === 1 && first && (await isNativeJson(first))) return await validate(first);
  } catch {
    return UNREADABLE;
  }
  const outcome = await importBlobs(inputs, options);
  if (outcome === UNREADABLE) return UNREADABLE;
  if (!outcome.ok && outcome.reason === 'native-json' && first) return validate(first);
  return importResult({ outcome, sourceName, openedFrom });
}

/**
 * Opens a data file by URL: relative to the page, same origin, or a host allowing CORS reads.
 * The only request made is for this URL (none when `dataFrom` refuses its origin, nor when a
 * redirect led to such an origin); a large file is read in a worker (validateBlob.ts). Any format
 * the app imports opens by URL as well (an embed of a GEXF file).
 */
export async function loadFromUrl(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const pageUrl = options.pageUrl ?? globalThis.location?.href ?? '';
  const allowed = (address: string) => dataUrlAllowed(address, pageUrl, options.dataFrom ?? null);
  if (!allowed(url)) return { ok: false, failure: { reason: 'origin', sourceName: url } };
  let response: Response;
  let blob: Blob;
  try {
    response = await fetch(url, { credentials: 'omit', signal: options.signal });
    if (response.url !== '' && !allowed(response.url)) return { ok: false, failure: { reason: 'origin', sourceName: response.url } };
    if (!response.ok) return { ok: false, failure: { reason: 'fetch', sourceName: url, status: response.status } };
    const length = Number(response.headers.get('content-length'));
    if (length > 0) options.onBytes?.(length);
    blob = await response.blob();
  } catch {
    return { ok: false, failure: { reason: 'fetch', sourceName: url, status: null } };
  }
  const result = await openInputs([{ blob, name: url }], url, 'url', options);
  if (result === UNREADABLE) return { ok: false, failure: { reason: 'fetch', sourceName: url, status: null } };
  if (result.ok) result.dataset.fetchedFrom = response.url !== '' ? response.url : url;
  return result;
}

/** Opens files from the reader's disk: one data file, a workbook, a graph file, or CSV files together. */
export async function loadFromFiles(files: readonly File[], options: LoadOptions = {}): Promise<LoadResult> {
  const sourceName = files.map((file) => file.name).join(', ');
  const result = await openInputs(
    files.map((file) => ({ blob: file, name: file.name })),
    sourceName,
    'file',
    options,
  );
  return result === UNREADABLE ? { ok: false, failure: { reason: 'read', sourceName } } : result;
}

export function loadFromFile(file: File, options: LoadOptions = {}): Promise<LoadResult> {
  return loadFromFiles([file], options);
}
