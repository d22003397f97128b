// The lines of a few places in a JSON text, found by one scan that descends only towards those
// places and skips everything else: mapping every value of a 250 KB file (json-source-map) took
// longer than validating it. The text has been parsed already, so it is valid JSON, and nested at
// most MAX_NESTING levels (the descent is recursive).

/** 1-based lines of a place: its key (for a property) and its value. */
export interface PlaceLines {
  key?: number;
  value: number;
}

interface Wanted {
  /** The place itself is wanted (not only places inside it). */
  here: boolean;
  children: Map<string, Wanted>;
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Lines of each JSON pointer (`/edges/3/source`, `''` for the whole text) found in the text. */
export function linesOfPointers(text: string, pointers: Iterable<string>): Map<string, PlaceLines> {
  const root: Wanted = { here: false, children: new Map() };
  for (const pointer of pointers) {
    let node = root;
    for (const segment of pointer === '' ? [] : pointer.split('/').slice(1).map(unescapeSegment)) {
      let child = node.children.get(segment);
      if (child === undefined) node.children.set(segment, (child = { here: false, children: new Map() }));
      node = child;
    }
    node.here = true;
  }

  const found = new Map<string, PlaceLines>();
  let at = 0;
  let line = 1;
  const space = (): void => {
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
    }
  };
  /** Skips a string (at its opening quote) and returns its raw text, quotes included. */
  const string = (): string => {
    const start = at;
    for (at++; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 92) at++;
      else if (c === 34) break;
    }
    at++;
    return text.slice(start, at);
  };
  /** Skips a whole value, counting its lines, without looking inside; stops before a comma or closing bracket. */
  const skip = (): void => {
    let depth = 0;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 34) {
        string();
        if (depth === 0) return;
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          at++;
          return;
        }
      } else if (c === 10) line++;
      else if (depth === 0 && c === 44) return;
      at++;
    }
  };
  const value = (wanted: Wanted, pointer: string, keyLine?: number): void => {
    space();
    if (wanted.here) found.set(pointer, keyLine === undefined ? { value: line } : { key: keyLine, value: line });
    if (wanted.children.size === 0) return skip();
    const c = text.charCodeAt(at);
    if (c !== 123 && c !== 91) return skip();
    at++;
    for (let index = 0; ; index++) {
      space();
      if (text.charCodeAt(at) === 125 || text.charCodeAt(at) === 93) break;
      let segment = String(index);
      let memberLine: number | undefined;
      if (c === 123) {
        memberLine = line;
        const raw = string();
        segment = raw.includes('\\') ? String(JSON.parse(raw)) : raw.slice(1, -1);
        space();
        at++; // the colon
      }
      const child = wanted.children.get(segment);
      if (child === undefined) {
        space();
        skip();
      } else value(child, `${pointer}/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`, memberLine);
      space();
      if (text.charCodeAt(at) === 44) at++;
    }
    at++;
  };
  value(root, '');
  return found;
}
