// The postMessage API of an embedded map (docs/embed.md).
import type { Filters } from '../filters/types';
import type { CountSummary } from '../filters';
import { parseFiltersObject } from '../url-state';
import { isRecord } from '../model/isRecord';

export const MESSAGE_SOURCE = 'alliance-map';
export const API_VERSION = 1;

/** Filters as they travel in messages: the names and values of the URL parameters. */
export type WireFilters = Record<string, string | string[]>;

export type OutgoingMessage =
  | { type: 'ready'; appVersion: string; counts: CountSummary }
  | { type: 'state'; filters: WireFilters; focus: { id: string | null; depth: number }; counts: CountSummary; requestId?: string | number }
  | { type: 'select'; id: string | null; label?: string };

export type Command =
  | { type: 'set-filters'; filters: Filters }
  | { type: 'focus'; id: string | null }
  | { type: 'fit' }
  | { type: 'get-state'; requestId?: string | number };

/** A command read, with a warning for the values it had to drop; or the reason it was refused. */
export type CommandResult = { ok: true; command: Command; warning?: string } | { ok: false; reason: string };

/** Wraps a message in the envelope every message of the API carries. */
export function envelope(message: OutgoingMessage): Record<string, unknown> {
  return { source: MESSAGE_SOURCE, apiVersion: API_VERSION, ...message };
}

/** A value of a message in a reason: never its own toString (a host may send {toString: false}). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'bigint' ? `${value.toString()}n` : String(value);
}

/**
 * Reads a command sent by the host page. Anything that is not a well-formed command of this API
 * version is refused with the reason, which the caller reports once in the console.
 */
export function parseCommand(data: unknown): CommandResult {
  if (!isRecord(data) || data.source !== MESSAGE_SOURCE) return { ok: false, reason: 'not an Alliance Map message' };
  if (data.apiVersion !== API_VERSION)
    return { ok: false, reason: `apiVersion ${describe(data.apiVersion)} is not supported (expected ${API_VERSION})` };
  const requestId = typeof data.requestId === 'string' || typeof data.requestId === 'number' ? data.requestId : undefined;
  switch (data.type) {
    case 'set-filters': {
      if (!isRecord(data.filters)) return { ok: false, reason: 'set-filters needs an object "filters"' };
      // As in a URL, the good values are used and the others dropped with a warning.
      const parsed = parseFiltersObject(data.filters);
      const command: Command = { type: 'set-filters', filters: parsed.value };
      if (parsed.dropped.length === 0) return { ok: true, command };
      const items = parsed.dropped.map((item) => `${item.param}=${item.value}`).join(', ');
      return { ok: true, command, warning: `set-filters: values dropped: ${items}` };
    }
    case 'focus':
      if (data.id !== null && typeof data.id !== 'string') return { ok: false, reason: 'focus needs "id": an actor id or null' };
      return { ok: true, command: { type: 'focus', id: data.id } };
    case 'fit':
      return { ok: true, command: { type: 'fit' } };
    case 'get-state':
      return { ok: true, command: requestId === undefined ? { type: 'get-state' } : { type: 'get-state', requestId } };
    default:
      return { ok: false, reason: `unknown command type ${describe(data.type)}` };
  }
}

/** Whether a message may command the map: from the parent window, and from a listed origin when any is listed. */
export function isAllowedSender(eventSource: unknown, eventOrigin: string, parent: unknown, origins: readonly string[]): boolean {
  if (eventSource !== parent || parent === null) return false;
  return origins.length === 0 || origins.includes(eventOrigin);
}

/** The filters of a view as message values: lists as arrays, single values as strings. */
export function wireFilters(pairs: ReadonlyArray<[string, string]>): WireFilters {
  const lists = new Set(['sdg', 'region', 'kind', 'support']);
  const filters: WireFilters = {};
  for (const [name, value] of pairs) filters[name] = lists.has(name) ? value.split(',') : value;
  return filters;
}
