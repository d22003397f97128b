import { useEffect, useEffectEvent } from 'react';
import { keyToAction, type PresentationAction } from './keys';

interface Options {
  /** True while the presentation mode is on. */
  presenting: boolean;
  /** Called for each key that maps to an action (keyToAction). */
  onAction: (action: PresentationAction) => void;
  /** False to listen to nothing (an embed, a dialog open…). Default true. */
  enabled?: boolean;
}

/**
 * The presentation keys (keyToAction), on the window in the capture phase so that, while
 * presenting, the arrow keys step through the story before the map canvas can pan with them:
 * a key that maps to an action has its default prevented and does not reach the page. Outside
 * presentation only `p` is taken (to enter it), and it is not stopped.
 */
export function usePresentationKeys({ presenting, onAction, enabled = true }: Options): void {
  const act = useEffectEvent(onAction);

  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = keyToAction(event, presenting);
      if (action === null) return;
      event.preventDefault();
      if (presenting) event.stopPropagation();
      // A held `p` or Escape must not flicker in and out; held arrows step on, as in slides.
      if (event.repeat && (action === 'toggle' || action === 'exit')) return;
      act(action);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [presenting, enabled]);
}
