import type { Insets } from './camera';

/**
 * Room taken over the map by panels marked `data-map-inset` — `right` (the legend), `top` (the
 * focus bar, the timeline), `left` (the presentation card) — so framing and centring keep the
 * actors clear of them. Both renderers follow this one rule.
 */
export function overlayInsets(container: HTMLElement | null): Insets {
  const area = container?.parentElement;
  if (!container || !area) return { top: 0, right: 0, bottom: 0, left: 0 };
  const box = container.getBoundingClientRect();
  let top = 0;
  let right = 0;
  let bottom = 0;
  let left = 0;
  area.querySelectorAll<HTMLElement>('[data-map-inset]').forEach((overlay) => {
    const rect = overlay.getBoundingClientRect();
    if (overlay.dataset.mapInset === 'right' && rect.width < box.width / 2 && rect.height > box.height * 0.3)
      right = Math.max(right, box.right - rect.left);
    if (overlay.dataset.mapInset === 'top' && rect.height < box.height / 3) top = Math.max(top, rect.bottom - box.top);
    if (overlay.dataset.mapInset === 'left') {
      // A card beside the map, or on a small screen a strip along its bottom.
      if (rect.width < box.width / 2) left = Math.max(left, rect.right - box.left);
      else bottom = Math.max(bottom, box.bottom - rect.top);
    }
  });
  return { top, right, bottom, left };
}

/**
 * Calls `changed` when the room the overlays take changes: one appears (the presentation card,
 * loaded on demand, comes after the map's first framing), goes, or changes size (a longer
 * caption). Checked at most once a frame. Returns the function that stops watching.
 */
export function watchOverlayInsets(container: HTMLElement, changed: () => void): () => void {
  const area = container.parentElement;
  if (!area || typeof MutationObserver === 'undefined' || typeof ResizeObserver === 'undefined') return () => undefined;
  let last = JSON.stringify(overlayInsets(container));
  let pending = 0;
  const watched = new WeakSet<HTMLElement>();
  const check = () => {
    pending = 0;
    // Observing an element again would report it again, and check again, every frame.
    area.querySelectorAll<HTMLElement>('[data-map-inset]').forEach((overlay) => {
      if (watched.has(overlay)) return;
      watched.add(overlay);
      resizes.observe(overlay);
    });
    const now = JSON.stringify(overlayInsets(container));
    if (now === last) return;
    last = now;
    changed();
  };
  const schedule = () => {
    if (pending === 0) pending = requestAnimationFrame(check);
  };
  const resizes = new ResizeObserver(schedule);
  const mutations = new MutationObserver(schedule);
  mutations.observe(area, { childList: true, subtree: true });
  schedule();
  return () => {
    cancelAnimationFrame(pending);
    resizes.disconnect();
    mutations.disconnect();
  };
}
