import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../model/types';
import { openPresenterChannel, pagePairingToken, type PresenterChannel } from './presenterChannel';

interface SharedOptions {
  /** True while presenting in the shared window. */
  enabled: boolean;
  story: Story | null;
  /** 0-based. */
  stepIndex: number;
  /** The presenter window asks for this 0-based step of the current story. */
  onGo: (index: number) => void;
}

/**
 * In the shared window: tells the presenter window which step is shown (on each change, and when
 * it says hello), and follows its `go` requests. Says `exit` when the presentation ends.
 */
export function useSharedPresenterSync({ enabled, story, stepIndex, onGo }: SharedOptions): void {
  const channel = useRef<PresenterChannel | null>(null);
  const current = useRef({ story, stepIndex, onGo });
  useEffect(() => {
    current.current = { story, stepIndex, onGo };
  }, [story, stepIndex, onGo]);

  useEffect(() => {
    if (!enabled) return undefined;
    const announce = () => {
      const { story: shown, stepIndex: index } = current.current;
      if (shown) channel.current?.post({ type: 'step', story: shown.id, step: index + 1, content: shown });
    };
    channel.current = openPresenterChannel(pagePairingToken(), (message) => {
      if (message.type === 'hello') announce();
      else if (message.type === 'go' && current.current.story) current.current.onGo(message.step - 1);
    });
    announce();
    return () => {
      channel.current?.post({ type: 'exit' });
      channel.current?.close();
      channel.current = null;
    };
  }, [enabled]);

  useEffect(() => {
    if (enabled && story) channel.current?.post({ type: 'step', story: story.id, step: stepIndex + 1, content: story });
  }, [enabled, story, stepIndex]);
}

export interface PresenterFollow {
  /** The story the shared window presents (its content as sent), or null before it answers. */
  story: Story | null;
  storyId: string | null;
  /** 0-based. */
  stepIndex: number;
  /** False once the shared window said the presentation ended (or before it answered). */
  live: boolean;
  /** Asks the shared window to show this 0-based step. */
  go: (index: number) => void;
}

/**
 * In the presenter window paired by `token`: says hello, then follows the shared window's steps.
 * `stories` (the data file's, loaded in this window too) is used when a message comes without the story.
 */
export function usePresenterWindowSync(token: string, stories: readonly Story[] | undefined): PresenterFollow {
  const channel = useRef<PresenterChannel | null>(null);
  const [followed, setFollowed] = useState<{ storyId: string | null; content: Story | null; stepIndex: number; live: boolean }>({
    storyId: null,
    content: null,
    stepIndex: 0,
    live: false,
  });

  useEffect(() => {
    channel.current = openPresenterChannel(token, (message) => {
      if (message.type === 'step')
        setFollowed({ storyId: message.story, content: message.content ?? null, stepIndex: message.step - 1, live: true });
      else if (message.type === 'exit') setFollowed((previous) => ({ ...previous, live: false }));
    });
    channel.current?.post({ type: 'hello' });
    return () => {
      channel.current?.close();
      channel.current = null;
    };
  }, [token]);

  const story = followed.content ?? stories?.find((candidate) => candidate.id === followed.storyId) ?? null;
  const go = useCallback((index: number) => channel.current?.post({ type: 'go', step: index + 1 }), []);
  return { story, storyId: followed.storyId, stepIndex: followed.stepIndex, live: followed.live, go };
}
