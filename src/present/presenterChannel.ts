// The presenter window and the shared window stay in step through a BroadcastChannel (same
// origin, same browser) whose name holds a random pairing token: the shared window makes one per
// page, opens the presenter window with it (`#presenter=TOKEN` in the URL hash, not a contract
// parameter; the shared window's query, so it loads the same data), and only these two windows
// know it. Another page of the same origin can neither hear the notes nor drive either window, and
// the presenter window's name holds the token too, so no page can reach it by name.
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
/** 128 random bits in base64url: 22 characters. */
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

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

/** True in the presenter window (`#presenter`, with or without its token, in the URL hash). */
export function isPresenterWindow(hash: string = typeof window === 'undefined' ? '' : window.location.hash): boolean {
  return hash === PRESENTER_HASH || hash.startsWith(`${PRESENTER_HASH}=`);
}

/** The pairing token of a presenter window's hash (`#presenter=TOKEN`), or null when it has none. */
export function pairingTokenOf(hash: string): string | null {
  const token = hash.startsWith(`${PRESENTER_HASH}=`) ? hash.slice(PRESENTER_HASH.length + 1) : '';
  return TOKEN.test(token) ? token : null;
}

/** A new pairing token: 128 random bits, base64url. */
export function newPairingToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

let pageToken: string | null = null;

/** This page's pairing token: one per page, kept in memory only, so it ends with the page. */
export function pagePairingToken(): string {
  pageToken ??= newPairingToken();
  return pageToken;
}

/** The presenter window's address: the current one (its query, so the same data) with `#presenter=TOKEN`. */
export function presenterUrl(currentHref: string, token: string): string {
  const url = new URL(currentHref);
  url.hash = `${PRESENTER_HASH.slice(1)}=${token}`;
  return url.toString();
}

export interface PresenterChannel {
  post: (message: PresenterMessage) => void;
  close: () => void;
}

/**
 * Opens the channel of the windows paired by `token`; `onMessage` gets the messages of the other
 * window (never its own). Null where BroadcastChannel is missing: the presenter window then
 * cannot follow, the shared window works alone.
 */
export function openPresenterChannel(token: string, onMessage: (message: PresenterMessage) => void): PresenterChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(`${PRESENTER_CHANNEL}:${token}`);
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

/** Opens the presenter window, paired with this page (from a click: browsers block pop-ups otherwise). */
export function openPresenterWindow(currentHref: string): Window | null {
  const token = pagePairingToken();
  return window.open(presenterUrl(currentHref, token), `${PRESENTER_CHANNEL}-${token}`, 'popup,width=900,height=640');
}
