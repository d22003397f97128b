/**
 * Room taken over the map by panels marked `data-map-inset="right"` or `"top"` (the legend, the
 * focus bar), so framing keeps the actors clear of them (the rule CytoscapeMap follows).
 */
export function overlayInsets(container: HTMLElement | null): { top: number; right: number } {
  const area = container?.parentElement;
  if (!container || !area) return { top: 0, right: 0 };
  const box = container.getBoundingClientRect();
  let top = 0;
  let right = 0;
  area.querySelectorAll<HTMLElement>('[data-map-inset]').forEach((overlay) => {
    const rect = overlay.getBoundingClientRect();
    if (overlay.dataset.mapInset === 'right' && rect.width < box.width / 2) right = Math.max(right, box.right - rect.left);
    if (overlay.dataset.mapInset === 'top' && rect.height < box.height / 3) top = Math.max(top, rect.bottom - box.top);
  });
  return { top, right };
}
