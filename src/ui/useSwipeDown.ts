import { useRef, type PointerEvent } from 'react';

/** How far down, as a share of the sheet's height (at most 100 px), a swipe must go to close it. */
const CLOSING_SHARE = 0.25;
const CLOSING_MAX_PX = 100;

/**
 * A downward swipe on a sheet's grip closes the sheet: the sheet (the grip's parent) follows the
 * finger, pen or mouse, and slides back if let go before the mark. Pointer events only, so any
 * browser and any pointer; the grip's `touch-action: none` keeps the page from scrolling instead.
 */
export function useSwipeDown(onClose: () => void) {
  const startRef = useRef<{ id: number; y: number } | null>(null);
  const sheetOf = (event: PointerEvent<HTMLElement>) => event.currentTarget.parentElement;
  const place = (sheet: HTMLElement | null, dy: number) => {
    if (!sheet) return;
    sheet.style.transform = dy > 0 ? `translateY(${dy}px)` : '';
    sheet.style.transition = dy > 0 ? 'none' : '';
  };
  const end = (event: PointerEvent<HTMLElement>, cancelled: boolean) => {
    const start = startRef.current;
    if (!start || start.id !== event.pointerId) return;
    startRef.current = null;
    const sheet = sheetOf(event);
    const dy = event.clientY - start.y;
    place(sheet, 0);
    if (!cancelled && sheet && dy >= Math.min(CLOSING_MAX_PX, sheet.getBoundingClientRect().height * CLOSING_SHARE)) onClose();
  };
  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      startRef.current = { id: event.pointerId, y: event.clientY };
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const start = startRef.current;
      if (start && start.id === event.pointerId) place(sheetOf(event), event.clientY - start.y);
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => end(event, false),
    onPointerCancel: (event: PointerEvent<HTMLElement>) => end(event, true),
  };
}
