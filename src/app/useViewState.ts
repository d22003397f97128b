import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState, type Dropped, type ViewState } from '../url-state';

export type HistoryMode = 'push' | 'replace';

function readLocation(): { state: ViewState; dropped: Dropped[] } {
  return parseViewState(window.location.search);
}

function writeLocation(state: ViewState, mode: HistoryMode): void {
  const query = serializeViewState(state);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * The view state, kept in the URL: a discrete change adds a history entry, a continuous one
 * (camera, sliders) replaces it; the back button restores the previous view. Values the URL
 * got wrong are dropped and reported once through `dropped`.
 */
export function useViewState() {
  const [initial] = useState(readLocation);
  const [state, setState] = useState<ViewState>(initial.state);
  const [dropped, setDropped] = useState<Dropped[]>(initial.dropped);
  const stateRef = useRef(state);

  useEffect(() => {
    // Rewrite a URL that held junk into its canonical form, without a new history entry.
    if (initial.dropped.length > 0) writeLocation(initial.state, 'replace');
  }, [initial]);

  useEffect(() => {
    const onPopState = () => {
      const next = readLocation();
      stateRef.current = next.state;
      setState(next.state);
      if (next.dropped.length > 0) setDropped(next.dropped);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((change: (current: ViewState) => ViewState, mode: HistoryMode = 'push') => {
    const next = change(stateRef.current);
    if (next === stateRef.current) return;
    stateRef.current = next;
    setState(next);
    // An embedded map never adds entries to the history it shares with the host page.
    writeLocation(next, next.embed.embed ? 'replace' : mode);
  }, []);

  const reportDropped = useCallback((more: Dropped[]) => {
    if (more.length > 0) setDropped((previous) => [...previous, ...more]);
  }, []);

  const dismissDropped = useCallback(() => setDropped([]), []);

  return { state, update, dropped, reportDropped, dismissDropped };
}
