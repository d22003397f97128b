import type { Dropped } from './types';

// Reading helpers shared by the codecs. Rules: an empty value means "not given"; a list may be
// given in one parameter or several (`sdg=13&sdg=17` reads as `sdg=13,17`); items are trimmed,
// empty items skipped, duplicates merged; a scalar takes its first non-empty occurrence and any
// later different occurrence is reported dropped.

/** A scalar: the first non-empty value of `name`, or null. */
export function readScalar(params: URLSearchParams, name: string, dropped: Dropped[]): string | null {
  let first: string | null = null;
  for (const raw of params.getAll(name)) {
    const value = raw.trim();
    if (value === '') continue;
    if (first === null) first = value;
    else if (value !== first) dropped.push({ param: name, value: raw });
  }
  return first;
}

/** A scalar from a closed set of words; anything else is dropped. */
export function readChoice<T extends string>(
  params: URLSearchParams,
  name: string,
  choices: readonly T[],
  fallback: T,
  dropped: Dropped[],
): T {
  const value = readScalar(params, name, dropped);
  if (value === null) return fallback;
  const choice = choices.find((candidate) => candidate === value.toLowerCase());
  if (choice === undefined) {
    dropped.push({ param: name, value });
    return fallback;
  }
  return choice;
}

/** The items of a list, each converted by `accept` (null = dropped), deduplicated in first-seen order. */
export function readList<T>(params: URLSearchParams, name: string, accept: (item: string) => T | null, dropped: Dropped[]): T[] {
  // A Set: a link may list a value 100,000 times, and the check must stay linear.
  const items = new Set<T>();
  for (const raw of params.getAll(name)) {
    for (const part of raw.split(',')) {
      const item = part.trim();
      if (item === '') continue;
      const value = accept(item);
      if (value === null) dropped.push({ param: name, value: item });
      else items.add(value);
    }
  }
  return [...items];
}

/** `1` or `0` (also `true`/`false`); anything else dropped. */
export function readFlag(params: URLSearchParams, name: string, dropped: Dropped[]): boolean {
  const value = readScalar(params, name, dropped);
  if (value === null) return false;
  const lower = value.toLowerCase();
  if (lower === '1' || lower === 'true') return true;
  if (lower === '0' || lower === 'false') return false;
  dropped.push({ param: name, value });
  return false;
}

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A finite decimal number (no `0x`, `Infinity` or empty string), with -0 read as 0. */
export function toFiniteNumber(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

/** Sorts a copy by the position of each item in `order`, unknown items last in plain order. */
export function sortByOrder<T>(items: readonly T[], order: readonly T[]): T[] {
  const rank = (item: T): number => {
    const index = order.indexOf(item);
    return index === -1 ? order.length : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

export function plainSort(items: readonly string[]): string[] {
  return [...new Set(items)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True for text without control characters (used for ids and free strings). */
export function isPrintable(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u001f\u007f]/.test(text);
}
