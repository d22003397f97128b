import type { Filters } from '../filters/types';
import { filtersCodec } from './filtersCodec';
import type { Dropped, Parsed } from './types';

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/**
 * Filters given as an object, as the embed command `set-filters { filters }` gives them: the
 * parameter names of section 2 with string, number or array values (`{ sdg: [13, 17] }` or
 * `{ sdg: "13,17" }`). Read through the URL codec, so the same values are accepted; filters not
 * named get their default (the command replaces every filter). Unknown names and values of
 * another type are reported dropped. Never throws.
 */
export function parseFiltersObject(input: unknown): Parsed<Filters> {
  const dropped: Dropped[] = [];
  const params = new URLSearchParams();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const parsed = filtersCodec.parse(params);
    return { value: parsed.value, dropped: [{ param: 'filters', value: describe(input) }] };
  }
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (!filtersCodec.params.includes(name)) {
      dropped.push({ param: name, value: describe(value) });
      continue;
    }
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of items) {
      if (typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item))) params.append(name, String(item));
      else if (item !== null && item !== undefined) dropped.push({ param: name, value: describe(item) });
    }
  }
  const parsed = filtersCodec.parse(params);
  return { value: parsed.value, dropped: [...dropped, ...parsed.dropped] };
}
