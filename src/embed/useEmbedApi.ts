import { useEffect, useRef, useState } from 'react';
import type { CountSummary } from '../filters';
import { envelope, isAllowedSender, parseCommand, type Command, type OutgoingMessage, type WireFilters } from './protocol';

const STATE_INTERVAL_MS = 250; // at most 4 state messages a second

export interface EmbedApiOptions {
  enabled: boolean;
  /** Origins allowed to command the map (`origin=`); empty: any parent. */
  origins: readonly string[];
  appVersion: string;
  drawn: boolean;
  counts: CountSummary | null;
  filters: WireFilters;
  focus: { id: string | null; depth: number };
  selected: { id: string; label: string } | null;
  onCommand: (command: Command) => void;
}

function post(message: OutgoingMessage, origins: readonly string[]): void {
  if (window.parent === window) return;
  // With listed origins, the message is only delivered to a parent of one of them.
  for (const target of origins.length > 0 ? origins : ['*']) window.parent.postMessage(envelope(message), target);
}

/** The postMessage API of an embedded map (docs/embed.md). */
export function useEmbedApi(options: EmbedApiOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { enabled, origins, drawn, counts, filters, focus, selected } = options;
  // get-state is answered after the commands before it have been drawn, not with the view of the
  // moment it arrived.
  const stateRequests = useRef<Array<{ requestId?: string | number }>>([]);
  const [requestCount, setRequestCount] = useState(0);

  useEffect(() => {
    if (!enabled) return undefined;
    const onMessage = (event: MessageEvent) => {
      const current = latest.current;
      if (!isAllowedSender(event.source, event.origin, window.parent === window ? null : window.parent, current.origins)) {
        if ((event.data as { source?: unknown } | null)?.source === 'alliance-map') {
          console.warn(
            `Alliance Map: command from ${event.origin || 'an unknown sender'} ignored (not the parent page or not an allowed origin)`,
          );
        }
        return;
      }
      const result = parseCommand(event.data);
      if (!result.ok) {
        console.warn(`Alliance Map: message ignored: ${result.reason}`);
        return;
      }
      if (result.warning) console.warn(`Alliance Map: ${result.warning}`);
      if (result.command.type === 'get-state') {
        const { requestId } = result.command;
        stateRequests.current.push(requestId === undefined ? {} : { requestId });
        setRequestCount((count) => count + 1);
        return;
      }
      current.onCommand(result.command);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [enabled]);

  useEffect(() => {
    if (stateRequests.current.length === 0 || !counts) return;
    for (const request of stateRequests.current) post({ type: 'state', filters, focus, counts, ...request }, origins);
    stateRequests.current = [];
  }, [requestCount, counts, filters, focus, origins]);

  const readySent = useRef(false);
  useEffect(() => {
    if (!enabled || !drawn || !counts || readySent.current) return;
    readySent.current = true;
    post({ type: 'ready', appVersion: latest.current.appVersion, counts }, origins);
  }, [enabled, drawn, counts, origins]);

  const lastStateAt = useRef(0);
  useEffect(() => {
    if (!enabled || !readySent.current || !counts) return undefined;
    const send = () => {
      lastStateAt.current = Date.now();
      const current = latest.current;
      if (current.counts) post({ type: 'state', filters: current.filters, focus: current.focus, counts: current.counts }, current.origins);
    };
    const wait = lastStateAt.current + STATE_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      send();
      return undefined;
    }
    const timer = window.setTimeout(send, wait);
    return () => window.clearTimeout(timer);
  }, [enabled, counts, filters, focus]);

  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    if (!enabled || !readySent.current) return;
    const id = selected?.id ?? null;
    if (id === lastSelected.current) return;
    lastSelected.current = id;
    post(selected ? { type: 'select', id: selected.id, label: selected.label } : { type: 'select', id: null }, latest.current.origins);
  }, [enabled, selected]);
}
