import { useCallback, useRef, useState } from 'react';
import { DATA_FROM } from '../config';
import type { Mapping } from '../import/mapping';
import {
  datasetFromText,
  importResult,
  loadFromFiles,
  loadFromUrl,
  type Dataset,
  type Imported,
  type LoadFailure,
  type LoadResult,
} from '../load/loadData';
import { settledFirstLoad, takeFirstLoad } from '../load/firstLoad';
import { prepareForFile } from './largeFile';

/** An import and where it stands: waiting for the user's accept, or shown. */
export interface ImportView {
  imported: Imported;
  /** Its map, when it can be shown (else its report says why not). */
  dataset: Dataset | null;
  /** Shown already (a `data=` URL, or accepted); else waiting over the map on screen. */
  shown: boolean;
}

export interface DatasetState {
  dataset: Dataset | null;
  failure: LoadFailure | null;
  loadingName: string | null;
  /** How many datasets have opened so far: names the one shown (a session key). */
  opened: number;
  /** The last import: its report, and its map while it waits for the accept. */
  importView: ImportView | null;
  /** The map shown before the last accepted import: "Back" returns to it. */
  previous: Dataset | null;
}

const NOTHING_OPEN: DatasetState = {
  dataset: null,
  failure: null,
  loadingName: null,
  opened: 0,
  importView: null,
  previous: null,
};

/** The state once a load has ended with `result`. */
function afterLoad(previous: DatasetState, result: LoadResult): DatasetState {
  const done = { ...previous, loadingName: null };
  if (!result.ok) {
    if (result.failure.reason !== 'import') return { ...done, failure: result.failure };
    return { ...done, failure: null, importView: { imported: result.failure.imported, dataset: null, shown: false } };
  }
  const waits = result.imported !== undefined && result.imported.openedFrom === 'file' && previous.dataset !== null;
  const importView = result.imported ? { imported: result.imported, dataset: result.dataset, shown: !waits } : null;
  if (waits) return { ...done, failure: null, importView };
  return { ...done, dataset: result.dataset, failure: null, opened: previous.opened + 1, importView, previous: null };
}

/**
 * Holds the dataset shown and the last failure. A failed load never replaces the map shown:
 * the failure is reported beside it. A newer load supersedes an older one, whose work (a fetch,
 * a validating worker) is aborted. A file imported from another format over a map on screen
 * waits for the user's accept (its report first); one opened by URL, or with no map yet, shows.
 */
export function useDataset(firstUrl: string | null) {
  // The page's first file may be loaded already (src/load/firstLoad.ts): the first render shows it.
  const [state, setState] = useState<DatasetState>(() => {
    const loaded = settledFirstLoad(firstUrl);
    return loaded ? afterLoad(NOTHING_OPEN, loaded) : NOTHING_OPEN;
  });
  const shownFirst = useRef(state.dataset !== null || state.failure !== null ? firstUrl : null);
  const requestCounter = useRef(0);
  const running = useRef<AbortController | null>(null);

  const settle = useCallback((request: number, result: LoadResult) => {
    if (request !== requestCounter.current) return; // a newer load superseded this one
    setState((previous) => afterLoad(previous, result));
  }, []);

  /** Starts a load: ends the one running, if any; returns its number and abort signal. */
  const begin = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    return { request: ++requestCounter.current, signal: controller.signal };
  }, []);

  const load = useCallback(
    async (name: string, run: (signal: AbortSignal) => Promise<LoadResult>) => {
      const { request, signal } = begin();
      setState((previous) => ({ ...previous, loadingName: name }));
      let result: LoadResult;
      try {
        result = await run(signal);
      } catch (error) {
        if (signal.aborted) return; // superseded: its work was ended, nothing to report
        throw error;
      }
      settle(request, result);
    },
    [begin, settle],
  );

  const openUrl = useCallback(
    (url: string) => {
      const early = takeFirstLoad(url);
      if (early && shownFirst.current === url) return Promise.resolve(); // on the first render already
      shownFirst.current = null;
      if (!early) return load(url, (signal) => loadFromUrl(url, { signal, dataFrom: DATA_FROM, onBytes: prepareForFile }));
      return load(url, (signal) => {
        signal.addEventListener('abort', () => early.controller.abort(), { once: true });
        return early.promise;
      });
    },
    [load],
  );

  const openFiles = useCallback(
    (files: readonly File[]) =>
      load(files.map((file) => file.name).join(', '), (signal) => loadFromFiles(files, { signal, onBytes: prepareForFile })),
    [load],
  );

  /** Opens a file already in the page (the single-file map carries its data inline). */
  const openText = useCallback(
    (text: string, sourceName: string) => {
      const { request } = begin();
      settle(request, datasetFromText(text, sourceName, 'inline'));
    },
    [begin, settle],
  );

  const dismissFailure = useCallback(() => setState((previous) => ({ ...previous, failure: null })), []);

  /** Shows the import waiting; the map it replaces stays one click away. */
  const acceptImport = useCallback(
    () =>
      setState((previous) => {
        const view = previous.importView;
        if (!view?.dataset || view.shown) return previous;
        return {
          ...previous,
          dataset: view.dataset,
          previous: previous.dataset,
          opened: previous.opened + 1,
          importView: { ...view, shown: true },
        };
      }),
    [],
  );

  /** Back to the map shown before the accepted import. */
  const backToPrevious = useCallback(
    () =>
      setState((previous) =>
        previous.previous
          ? { ...previous, dataset: previous.previous, previous: null, opened: previous.opened + 1, importView: null }
          : previous,
      ),
    [],
  );

  /** Forgets a waiting import (the map on screen stays), or hides a shown one's notice. */
  const dismissImport = useCallback(() => setState((previous) => ({ ...previous, importView: null })), []);

  /** Converts the import again with the user's column choices. */
  const remapImport = useCallback(
    async (mapping: Mapping) => {
      const view = state.importView;
      if (!view?.imported.outcome.ok) return;
      const { convert } = await import('../import/convert');
      const outcome = { ...view.imported.outcome, mapping, conversion: convert(view.imported.outcome.raw, mapping) };
      const result = importResult({ ...view.imported, outcome });
      const imported = { ...view.imported, outcome };
      setState((previous) => {
        const dataset = result.ok ? result.dataset : null;
        if (!view.shown || !dataset) return { ...previous, importView: { imported, dataset, shown: view.shown && dataset !== null } };
        return { ...previous, dataset, opened: previous.opened + 1, importView: { imported, dataset, shown: true } };
      });
    },
    [state.importView],
  );

  return { ...state, openUrl, openFiles, openText, dismissFailure, acceptImport, backToPrevious, dismissImport, remapImport };
}
