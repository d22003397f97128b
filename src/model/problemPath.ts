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

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate a typo most likely meant ("supports" → "support"), if one is close enough: the
 * `suggestion` of a problem, worded "did you mean …?" by src/model/messages. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
