// The presenter window and the shared window stay in step through a BroadcastChannel (same
// origin, same browser). The presenter window is the same app opened with `#presenter` in the
// URL hash (not a contract parameter) and the shared window's query, so it loads the same data.
//
// Messages (steps are 1-based, as the URL's `step`):
// - `{ type: 'step', story, step, content? }` shared → presenter: the step shown now, sent on
//   each change and in answer to `hello`. `content` is the story itself, so a story captured or
//   edited in the shared window (not yet in the data file) shows in the presenter window too.
// - `{ type: 'hello' }` presenter → shared: asks for the current step (sent when it opens).
// - `{ type: 'go', step }` presenter → shared: show this step of the current story.
// - `{ type: 'exit' }` shared → presenter: the presentation ended.
// Anything else is ignored.
import type { Story, StoryStep } from '../model/types';
import { isRecord } from '../model/isRecord';

export const PRESENTER_CHANNEL = 'alliance-map-presenter';
export const PRESENTER_HASH = '#presenter';

export type PresenterMessage =
  { type: 'step'; story: string; step: number; content?: Story } | { type: 'hello' } | { type: 'go'; step: number } | { type: 'exit' };

function isStep(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function isStoryStep(value: unknown): value is StoryStep {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.view === 'string' &&
    (value.caption === undefined || typeof value.caption === 'string') &&
    (value.notes === undefined || typeof value.notes === 'string')
  );
}

function isStory(value: unknown): value is Story {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    Array.isArray(value.steps) &&
    value.steps.every(isStoryStep)
  );
}

/** A message read from the channel, or null when it is not one of ours. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'hello':
      return { type: 'hello' };
    case 'exit':
      return { type: 'exit' };
    case 'go':
      return isStep(data.step) ? { type: 'go', step: data.step } : null;
    case 'step': {
      if (typeof data.story !== 'string' || !isStep(data.step)) return null;
      const message: PresenterMessage = { type: 'step', story: data.story, step: data.step };
      if (isStory(data.content) && data.content.id === data.story) message.content = data.content;
      return message;
    }
    default:
      return null;
  }
}

/** True in the presenter window (`#presenter` in the URL hash). */
export function isPresenterWindow(hash: string = typeof window === 'undefined' ? '' : window.location.hash): boolean {
  return hash === PRESENTER_HASH;
}

/** The presenter window's address: the current one (its query, so the same data) with `#presenter`. */
export function presenterUrl(currentHref: string): string {
  const url = new URL(currentHref);
  url.hash = PRESENTER_HASH;
  return url.toString();
}

export interface PresenterChannel {
  post: (message: PresenterMessage) => void;
  close: () => void;
}

/**
 * Opens the channel; `onMessage` gets the messages of the other windows (never its own). Null
 * where BroadcastChannel is missing: the presenter window then cannot follow, the shared window
 * works alone.
 */
export function openPresenterChannel(onMessage: (message: PresenterMessage) => void): PresenterChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = parsePresenterMessage(event.data);
    if (message !== null) onMessage(message);
  };
  let closed = false;
  return {
    post: (message) => {
      if (!closed) channel.postMessage(message);
    },
    close: () => {
      closed = true;
      channel.close();
    },
  };
}

/** Opens the presenter window (from a click: browsers block pop-ups otherwise). */
export function openPresenterWindow(currentHref: string): Window | null {
  return window.open(presenterUrl(currentHref), 'alliance-map-presenter', 'popup,width=900,height=640');
}
