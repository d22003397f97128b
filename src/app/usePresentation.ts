import { useCallback, useEffect, useRef } from 'react';
import type { Story } from '../model/types';
import {
  activeStory,
  enterFullscreen,
  exitFullscreen,
  gotoStep,
  stepAfter,
  storyById,
  useAutoplay,
  usePresentationKeys,
  useSharedPresenterSync,
} from '../present';
import { presentCodec, type ViewState } from '../url-state';
import type { HistoryMode } from './useViewState';

interface Options {
  state: ViewState;
  update: (change: (current: ViewState) => ViewState, mode?: HistoryMode) => void;
  stories: Story[];
  /** The data is open: a `?present=1&story=…&step=…` link can be applied. */
  ready: boolean;
  embed: boolean;
}

/**
 * Presentation mode: the story and step in the URL, keyboard stepping (arrows, space,
 * PageUp/PageDown, `p`, Escape), autoplay, full screen and the presenter window's sync.
 */
export function usePresentation({ state, update, stories, ready, embed }: Options) {
  const presenting = state.present.present && !embed;
  const active = presenting ? activeStory(stories, state.present) : null;

  const go = useCallback(
    (story: Story, index: number, mode: HistoryMode = 'push') => update((current) => gotoStep(current, story, index), mode),
    [update],
  );

  // Escape returns the keyboard where it was before presenting (the Présenter button, a story's row).
  const returnFocusTo = useRef<HTMLElement | null>(null);

  const enter = useCallback(
    (storyId?: string, index?: number) => {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      update((current) => {
        const story = storyById(stories, storyId ?? current.present.story) ?? stories[0];
        const base: ViewState = { ...current, present: { ...current.present, present: true } };
        return story ? gotoStep(base, story, index ?? current.present.step - 1) : base;
      });
      void enterFullscreen();
    },
    [update, stories],
  );

  const exit = useCallback(() => {
    update((current) => ({ ...current, present: presentCodec.defaults() }));
    void exitFullscreen();
    const previous = returnFocusTo.current;
    returnFocusTo.current = null;
    // After the render that shows the chrome again: a hidden button cannot take the focus.
    if (previous) requestAnimationFrame(() => previous.isConnected && previous.focus());
  }, [update]);

  // A link that opens a step shows that step's view once the data is there.
  const applied = useRef(false);
  useEffect(() => {
    if (!ready || applied.current) return;
    applied.current = true;
    if (active) update((current) => gotoStep(current, active.story, active.index), 'replace');
  }, [ready, active, update]);

  usePresentationKeys({
    presenting,
    enabled: !embed,
    onAction: (action) => {
      if (action === 'toggle') {
        if (presenting) exit();
        else enter();
      } else if (action === 'exit') exit();
      else if (active) {
        const next = stepAfter(action, active.index, active.story.steps.length);
        if (next !== null) go(active.story, next);
      }
    },
  });

  const autoplay = useAutoplay({
    seconds: state.present.autoplay,
    active: active !== null,
    stepIndex: active?.index ?? 0,
    stepCount: active?.story.steps.length ?? 0,
    onStep: (index) => {
      if (active) go(active.story, index, 'replace');
    },
  });

  useSharedPresenterSync({
    enabled: presenting,
    story: active?.story ?? null,
    stepIndex: active?.index ?? 0,
    onGo: (index) => {
      if (active) go(active.story, index);
    },
  });

  return { presenting, active, go, enter, exit, autoplay };
}
