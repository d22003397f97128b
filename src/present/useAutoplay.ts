import { useCallback, useEffect, useEffectEvent, useState } from 'react';

// Autoplay (`autoplay=SECONDS`): a story that advances by itself, for a looping screen at an event.
//
// Rules (chosen here; the issue leaves them open):
// - Every `seconds` the next step is shown; after the last comes the first again (a loop).
//   Any step change (keys, buttons, presenter window) restarts the countdown.
// - Hidden document (another tab, minimised window): paused; shown again: the countdown restarts.
// - A key press, a click or a touch anywhere pauses: someone has taken control. It resumes by
//   itself after a quiet spell with no key, click or touch (autoplayResumeDelay: three steps'
//   time, at least 30 s), so an event screen never stays stuck; or at once with the overlay's
//   play button (`resume`). `p` is not a resume key: it toggles the presentation mode.

export type AutoplayPause = 'user' | 'hidden' | null;

/** The step after `index` in a loop of `count` steps. */
export function autoplayNext(index: number, count: number): number {
  return count <= 0 ? 0 : (index + 1) % count;
}

/** How long after the last key, click or touch a user pause ends by itself, in ms. */
export function autoplayResumeDelay(seconds: number): number {
  return Math.max(30, 3 * seconds) * 1000;
}

interface Options {
  /** Seconds per step; null = no autoplay. */
  seconds: number | null;
  /** True while presenting a story. */
  active: boolean;
  stepIndex: number;
  stepCount: number;
  onStep: (index: number) => void;
}

export interface Autoplay {
  /** True when autoplay is on (seconds given and active). */
  on: boolean;
  /** Why it is paused, or null when running (or off). */
  paused: AutoplayPause;
  pause: () => void;
  resume: () => void;
}

export function useAutoplay({ seconds, active, stepIndex, stepCount, onStep }: Options): Autoplay {
  const on = active && seconds !== null && seconds > 0;
  const [userPaused, setUserPaused] = useState(false);
  const [hidden, setHidden] = useState(() => typeof document !== 'undefined' && document.visibilityState === 'hidden');
  // Bumped on each input while paused, to restart the quiet spell.
  const [lastInput, setLastInput] = useState(0);
  const step = useEffectEvent(onStep);

  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    if (!on) return undefined;
    const onInput = () => {
      setUserPaused(true);
      setLastInput((count) => count + 1);
    };
    window.addEventListener('keydown', onInput, true);
    window.addEventListener('pointerdown', onInput, true);
    return () => {
      window.removeEventListener('keydown', onInput, true);
      window.removeEventListener('pointerdown', onInput, true);
    };
  }, [on]);

  useEffect(() => {
    if (!on || !userPaused || seconds === null) return undefined;
    const timer = window.setTimeout(() => setUserPaused(false), autoplayResumeDelay(seconds));
    return () => window.clearTimeout(timer);
  }, [on, userPaused, seconds, lastInput]);

  const paused: AutoplayPause = !on ? null : hidden ? 'hidden' : userPaused ? 'user' : null;

  useEffect(() => {
    if (!on || paused !== null || seconds === null || stepCount < 2) return undefined;
    const timer = window.setTimeout(() => step(autoplayNext(stepIndex, stepCount)), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [on, paused, seconds, stepIndex, stepCount]);

  const pause = useCallback(() => setUserPaused(true), []);
  // Called from a click, which has just paused through pointerdown: this clears it after that.
  const resume = useCallback(() => setUserPaused(false), []);
  return { on, paused, pause, resume };
}
