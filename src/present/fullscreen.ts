// Full screen where the browser allows it (the issue: "full screen where the browser allows").
// Requests need a user gesture (a click or a key press); a refusal is not an error: the
// presentation mode works in the window as it is.

export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/** Asks for full screen; resolves to whether the page is now full screen. Never throws. */
export async function enterFullscreen(element: Element = document.documentElement): Promise<boolean> {
  if (isFullscreen()) return true;
  if (typeof element.requestFullscreen !== 'function') return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Leaves full screen if the page is in it. Never throws. */
export async function exitFullscreen(): Promise<void> {
  if (!isFullscreen() || typeof document.exitFullscreen !== 'function') return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the Escape key, the browser's own button).
  }
}
