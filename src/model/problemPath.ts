// Paths of problems in a data file. A problem path reads like code, `edges[3].support[0]` or
// `meta.kinds["my kind"]`; ajv and json-source-map speak JSON pointers, `/edges/3/support/0`.
import { isRecord } from './isRecord';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins path segments: numbers as `[3]`, names as `.name` or `["odd name"]`. */
export function joinPath(...segments: (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/**
 * `/edges/3/support/0` → `edges[3].support[0]`. `data` tells array indexes from object keys that
 * happen to be digits (an attribute named "3").
 */
export function pointerToPath(pointer: string, data?: unknown): string {
  if (pointer === '') return '';
  const segments: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = unescapePointerSegment(raw);
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      segments.push(Number(segment));
      current = current[Number(segment)];
    } else {
      segments.push(segment);
      current = isRecord(current) ? current[segment] : undefined;
    }
  }
  return joinPath(...segments);
}

/** `edges[3].support[0]` → `/edges/3/support/0`; undefined when the path cannot be read. */
export function pathToPointer(path: string): string | undefined {
  const token = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  let pointer = '';
  while (rest !== '') {
    const match = token.exec(rest);
    if (!match) return undefined;
    let segment: string;
    if (match[1] !== undefined) segment = match[1];
    else if (match[2] !== undefined) segment = match[2];
    else {
      try {
        segment = String(JSON.parse(match[3] ?? '""'));
      } catch {
        return undefined;
      }
    }
    pointer += `/${escapePointerSegment(segment)}`;
    rest = rest.slice(match[0].length);
  }
  return pointer;
}

/** The value a JSON pointer designates in `data`, or undefined. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = unescapePointerSegment(raw);
    if (Array.isArray(current)) current = /^\d+$/.test(segment) ? current[Number(segment)] : undefined;
    else if (isRecord(current)) current = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

/** Words longer than this get no "did you mean…?": a typo of a long id is too costly to look for. */
export const MAX_SUGGESTED_LENGTH = 64;
/**
 * Candidates one validation may compare in all, for its suggestions: the first problems get one,
 * later ones none, so that a file of many long, wrong ids costs bounded time (issue 15).
 */
export const SUGGESTION_BUDGET = 5_000;

/**
 * Edit distance of a and b when it is at most `limit`, else `limit + 1`: only the diagonal band
 * |i - j| ≤ limit is computed, so a pair costs O(length × limit).
 */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous = new Uint8Array(b.length + 1).fill(over);
  let current = new Uint8Array(b.length + 1);
  for (let j = 0; j <= Math.min(limit, b.length); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    if (i <= limit) current[0] = i;
    let best = current[0] ?? over;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost, over);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] ?? over, over);
}

/** Finds the `suggestion` of a problem: the candidate a typo most likely meant, or undefined. */
export type Suggest = (word: string, candidates: Iterable<string> | (() => Iterable<string>)) => string | undefined;

/**
 * A suggester for one validation: closestMatch until it has compared `budget` candidates in all,
 * then no more suggestions. Candidates may be given as a function, only called while the budget
 * lasts (a list that would be costly to build for every problem).
 */
export function createSuggester(budget = SUGGESTION_BUDGET): Suggest {
  let left = budget;
  return (word, candidates) => {
    if (left <= 0 || word.length > MAX_SUGGESTED_LENGTH) return undefined;
    const list = typeof candidates === 'function' ? candidates() : candidates;
    return closestMatch(word, list, () => --left >= 0);
  };
}

/** The candidate a typo most likely meant ("supports" → "support"), if one is close enough: the
 * `suggestion` of a problem, worded "did you mean …?" by src/model/messages. Words longer than
 * {@link MAX_SUGGESTED_LENGTH} get none; `more` may end the search early (a budget). */
export function closestMatch(word: string, candidates: Iterable<string>, more: () => boolean = () => true): string | undefined {
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const lower = word.toLowerCase();
  const limit = Math.min(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (!more()) break;
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = boundedDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
