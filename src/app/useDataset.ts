import { useCallback, useRef, useState } from 'react';
import { DATA_FROM } from '../config';
import { datasetFromText, loadFromFile, loadFromUrl, type Dataset, type LoadFailure, type LoadResult } from '../load/loadData';

export interface DatasetState {
  dataset: Dataset | null;
  failure: LoadFailure | null;
  loadingName: string | null;
  /** How many datasets have opened so far: names the one shown (a session key). */
  opened: number;
}

/**
 * Holds the dataset shown and the last failure. A failed load never replaces the map shown:
 * the failure is reported beside it. A newer load supersedes an older one, whose work (a fetch,
 * a validating worker) is aborted.
 */
export function useDataset() {
  const [state, setState] = useState<DatasetState>({ dataset: null, failure: null, loadingName: null, opened: 0 });
  const requestCounter = useRef(0);
  const running = useRef<AbortController | null>(null);

  const settle = useCallback((request: number, result: LoadResult) => {
    if (request !== requestCounter.current) return; // a newer load superseded this one
    setState((previous) =>
      result.ok
        ? { dataset: result.dataset, failure: null, loadingName: null, opened: previous.opened + 1 }
        : { ...previous, failure: result.failure, loadingName: null },
    );
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

  const openUrl = useCallback((url: string) => load(url, (signal) => loadFromUrl(url, { signal, dataFrom: DATA_FROM })), [load]);

  const openFile = useCallback((file: File) => load(file.name, (signal) => loadFromFile(file, { signal })), [load]);

  /** Opens a file already in the page (the single-file map carries its data inline). */
  const openText = useCallback(
    (text: string, sourceName: string) => {
      const { request } = begin();
      settle(request, datasetFromText(text, sourceName, 'inline'));
    },
    [begin, settle],
  );

  const dismissFailure = useCallback(() => setState((previous) => ({ ...previous, failure: null })), []);

  return { ...state, openUrl, openFile, openText, dismissFailure };
}
