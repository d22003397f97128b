import { buildGraph, type AllianceGraph } from '../model/graph';
import type { DataFile, Problem } from '../model/types';
import { validateText } from '../model/validate';

export interface Dataset {
  file: DataFile;
  graph: AllianceGraph;
  /** Where it came from, as shown to the user: a URL or a local file name. */
  sourceName: string;
  /** How it was opened: by a URL anyone can open, from the reader's disk, or carried in the page. */
  openedFrom: 'url' | 'file' | 'inline';
}

export type LoadFailure =
  | { reason: 'invalid'; sourceName: string; problems: Problem[] }
  | { reason: 'fetch'; sourceName: string; status: number | null }
  | { reason: 'read'; sourceName: string };

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; failure: LoadFailure };

export function datasetFromText(text: string, sourceName: string, openedFrom: Dataset['openedFrom']): LoadResult {
  const { file, problems } = validateText(text, sourceName);
  if (!file || problems.length > 0) return { ok: false, failure: { reason: 'invalid', sourceName, problems } };
  return { ok: true, dataset: { file, graph: buildGraph(file), sourceName, openedFrom } };
}

/** Opens a data file by URL: relative to the page, same origin, or a host allowing CORS reads. */
export async function loadFromUrl(url: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    return { ok: false, failure: { reason: 'fetch', sourceName: url, status: null } };
  }
  if (!response.ok) return { ok: false, failure: { reason: 'fetch', sourceName: url, status: response.status } };
  return datasetFromText(await response.text(), url, 'url');
}

export async function loadFromFile(file: File): Promise<LoadResult> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, failure: { reason: 'read', sourceName: file.name } };
  }
  return datasetFromText(text, file.name, 'file');
}
