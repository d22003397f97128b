import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-contrast: more)';

function subscribe(changed: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', changed);
  return () => media.removeEventListener('change', changed);
}

const prefersMoreContrast = () => typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;

/** Whether the system asks for more contrast now (the map then draws with THEME_MORE_CONTRAST). */
export function usePrefersMoreContrast(): boolean {
  return useSyncExternalStore(subscribe, prefersMoreContrast, () => false);
}
