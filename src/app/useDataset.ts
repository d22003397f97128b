import { useCallback, useRef, useState } from 'react';
import { datasetFromText, loadFromFile, loadFromUrl, type Dataset, type LoadFailure, type LoadResult } from '../load/loadData';

export interface DatasetState {
  dataset: Dataset | null;
  failure: LoadFailure | null;
  loadingName: string | null;
}

/**
 * Holds the dataset shown and the last failure. A failed load never replaces the map shown:
 * the failure is reported beside it.
 */
export function useDataset() {
  const [state, setState] = useState<DatasetState>({ dataset: null, failure: null, loadingName: null });
  const requestCounter = useRef(0);

  const settle = useCallback((request: number, result: LoadResult) => {
    if (request !== requestCounter.current) return; // a newer load superseded this one
    setState((previous) =>
      result.ok
        ? { dataset: result.dataset, failure: null, loadingName: null }
        : { dataset: previous.dataset, failure: result.failure, loadingName: null },
    );
  }, []);

  const openUrl = useCallback(
    async (url: string) => {
      const request = ++requestCounter.current;
      setState((previous) => ({ ...previous, loadingName: url }));
      settle(request, await loadFromUrl(url));
    },
    [settle],
  );

  const openFile = useCallback(
    async (file: File) => {
      const request = ++requestCounter.current;
      setState((previous) => ({ ...previous, loadingName: file.name }));
      settle(request, await loadFromFile(file));
    },
    [settle],
  );

  /** Opens a file already in the page (the single-file map carries its data inline). */
  const openText = useCallback(
    (text: string, sourceName: string) => {
      const request = ++requestCounter.current;
      settle(request, datasetFromText(text, sourceName, 'inline'));
    },
    [settle],
  );

  const dismissFailure = useCallback(() => setState((previous) => ({ ...previous, failure: null })), []);

  return { ...state, openUrl, openFile, openText, dismissFailure };
}
