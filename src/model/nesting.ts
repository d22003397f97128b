// How deep objects and lists nest in a parsed file, found without recursion: a file nested
// 100,000 levels deep would overflow the stack of any recursive reader (the actor panel, the JSON
// export, the worker's structured clone), so validation refuses it before anything else reads it.

/** Path segments shown for a value nested too deeply: enough to find it, short enough to read. */
const SHOWN_SEGMENTS = 4;

interface Visit {
  value: unknown;
  level: number;
  key: string | number;
  parent: Visit | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const segments: (string | number)[] = [];
  for (let at: Visit | null = visit; at !== null && at.parent !== null; at = at.parent) segments.push(at.key);
  return segments.reverse();
}

/**
 * The path (its first segments) to the first object or list nested more than `limit` levels
 * deep, counting the top of the file as level 1; null when there is none.
 */
export function tooDeeplyNested(data: unknown, limit: number): (string | number)[] | null {
  const stack: Visit[] = [{ value: data, level: 1, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value, level } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (level > limit) return pathOf(visit).slice(0, SHOWN_SEGMENTS);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string | number, unknown];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, level: level + 1, key, parent: visit });
    }
  }
  return null;
}

interface Frame {
  array: boolean;
  /** Index of the current item (lists), or the raw text of the current key (objects), quotes included. */
  index: number;
  key: string;
  expectKey: boolean;
}

export interface DeepText {
  /** The first segments of the path to the first object or list nested too deeply. */
  path: (string | number)[];
  /** 1-based line where it opens. */
  line: number;
}

function decodeKey(raw: string): string {
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw;
  }
}

/**
 * The same check on the text of a file, before it is parsed: JSON.parse itself takes tens of
 * milliseconds on a file nested tens of thousands of levels deep. A linear scan of the brackets
 * outside strings; on malformed JSON it may find nothing, and the parse reports the syntax error.
 */
export function tooDeeplyNestedText(text: string, limit: number): DeepText | null {
  const frames: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      // A string: skip to its closing quote, remembering it when it is a key.
      const start = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      const top = frames[frames.length - 1];
      if (top !== undefined && !top.array && top.expectKey) {
        top.key = text.slice(start, i + 1);
        top.expectKey = false;
      }
    } else if (c === 123 || c === 91) {
      if (frames.length >= limit) {
        const path = frames.slice(0, SHOWN_SEGMENTS).map((frame) => (frame.array ? frame.index : decodeKey(frame.key)));
        return { path, line };
      }
      frames.push({ array: c === 91, index: 0, key: '', expectKey: c === 123 });
    } else if (c === 125 || c === 93) frames.pop();
    else if (c === 44) {
      const top = frames[frames.length - 1];
      if (top?.array === true) top.index++;
      else if (top !== undefined) top.expectKey = true;
    }
  }
  return null;
}
