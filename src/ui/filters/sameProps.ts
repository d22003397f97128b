// A filter section re-renders only when what it shows changes: its options' selection (a new
// array from each reading of the URL, compared by content), its counts or its language. On a large
// map a filter's own work is measured in milliseconds (issue 16), and 50-odd options with their
// translated hints cost several of them.

/** React.memo's comparison: the same props, arrays compared item by item. */
export function sameProps<P extends object>(before: P, after: P): boolean {
  const keys = Object.keys(after) as (keyof P)[];
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) => {
    const was = before[key];
    const is = after[key];
    if (Object.is(was, is)) return true;
    return Array.isArray(was) && Array.isArray(is) && was.length === is.length && was.every((item, index) => Object.is(item, is[index]));
  });
}
