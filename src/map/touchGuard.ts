/**
 * The embed's touch guard: one finger on an embedded map scrolls the host page, two fingers
 * pinch and move the map. A gesture that starts with one finger never reaches the drawing (its
 * listeners would pan the map and stop the page scrolling); once a second finger lands, the
 * drawing gets the touches. Listens in the capture phase on the map's root, before the drawing's
 * own listeners there and on the document. Returns the function that removes it.
 */
export function installTouchGuard(root: HTMLElement): () => void {
  let oneFinger = false;
  const guard = (event: TouchEvent) => {
    if (event.type === 'touchstart') oneFinger = event.touches.length === 1;
    else if (event.touches.length > 1) oneFinger = false;
    if (!oneFinger) return;
    event.stopPropagation();
    if (event.type === 'touchend' || event.type === 'touchcancel') oneFinger = event.touches.length > 0;
  };
  const types = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;
  for (const type of types) root.addEventListener(type, guard, { capture: true, passive: true });
  return () => {
    for (const type of types) root.removeEventListener(type, guard, { capture: true });
  };
}
