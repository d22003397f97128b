import { useEffect, useEffectEvent, useRef, useState } from 'react';
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
  const { enabled, origins, appVersion, drawn, counts, filters, focus, selected } = options;
  // get-state is answered after the commands before it have been drawn, not with the view of the
  // moment it arrived.
  const stateRequests = useRef<Array<{ requestId?: string | number }>>([]);
  const [requestCount, setRequestCount] = useState(0);

  const onMessage = useEffectEvent((event: MessageEvent) => {
    if (!isAllowedSender(event.source, event.origin, window.parent === window ? null : window.parent, origins)) {
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
    options.onCommand(result.command);
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const listener = (event: MessageEvent) => onMessage(event);
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
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
    post({ type: 'ready', appVersion, counts }, origins);
  }, [enabled, drawn, counts, origins, appVersion]);

  const lastStateAt = useRef(0);
  // The view when the message leaves, not when it was scheduled.
  const sendState = useEffectEvent(() => {
    lastStateAt.current = Date.now();
    if (counts) post({ type: 'state', filters, focus, counts }, origins);
  });
  useEffect(() => {
    if (!enabled || !readySent.current || !counts) return undefined;
    const send = () => sendState();
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
    post(selected ? { type: 'select', id: selected.id, label: selected.label } : { type: 'select', id: null }, origins);
  }, [enabled, selected, origins]);
}
