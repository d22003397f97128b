import { useCallback, useState, type RefObject } from 'react';

/** Up to this many rows the table holds every row; above, only those in view (aria-rowcount/rowindex tell the rest). */
export const VIRTUALISE_ABOVE = 1000;
/** A row's height in CSS pixels (app.css .data-table td): fixed, so the window is a division. */
export const ROW_PX = 32;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 12;

/** The rows to draw of a long table: [start, end) and the room above and below them. */
export function rowWindow(total: number, scrollTop: number, viewportPx: number) {
  if (total <= VIRTUALISE_ABOVE) return { virtual: false, start: 0, end: total, before: 0, after: 0 };
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const end = Math.min(total, Math.ceil((scrollTop + Math.max(viewportPx, ROW_PX)) / ROW_PX) + OVERSCAN);
  const start = Math.min(first, end);
  return { virtual: true, start, end, before: start * ROW_PX, after: (total - end) * ROW_PX };
}

/** Follows the scroll of a table's container and gives the window of rows to draw. */
export function useRowWindow(container: RefObject<HTMLElement | null>, total: number) {
  const [scroll, setScroll] = useState({ top: 0, height: 800 });
  const onScroll = useCallback(() => {
    const element = container.current;
    if (element) setScroll({ top: element.scrollTop, height: element.clientHeight });
  }, [container]);
  return { ...rowWindow(total, scroll.top, scroll.height), onScroll };
}
