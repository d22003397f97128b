import { describe, expect, it } from 'vitest';
import { formatElapsed } from '../../src/present/format';
import { isActivatable, isEditable, keyToAction, stepAfter, type KeyLike } from '../../src/present/keys';
import {
  isPresenterWindow,
  newPairingToken,
  pagePairingToken,
  pairingTokenOf,
  parsePresenterMessage,
  presenterUrl,
} from '../../src/present/presenterChannel';
import { autoplayNext, autoplayResumeDelay } from '../../src/present/useAutoplay';

const key = (value: string, more: Partial<KeyLike> = {}): KeyLike => ({ key: value, ...more });
const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, isContentEditable: false, ...extra });
const withRole = (tagName: string, role: string) => element(tagName, { getAttribute: (name: string) => (name === 'role' ? role : null) });

describe('keyToAction while presenting', () => {
  it('steps forward with →, ↓, Space, PageDown (clickers) and Enter', () => {
    for (const name of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter']) expect(keyToAction(key(name), true), name).toBe('next');
  });

  it('steps back with ←, ↑, PageUp (clickers) and Backspace', () => {
    for (const name of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(keyToAction(key(name), true), name).toBe('prev');
  });

  it('jumps with Home and End, exits with Escape, toggles with p', () => {
    expect(keyToAction(key('Home'), true)).toBe('first');
    expect(keyToAction(key('End'), true)).toBe('last');
    expect(keyToAction(key('Escape'), true)).toBe('exit');
    expect(keyToAction(key('p'), true)).toBe('toggle');
    expect(keyToAction(key('P'), true)).toBe('toggle');
  });

  it('ignores other keys, modified keys, composition and handled events', () => {
    expect(keyToAction(key('a'), true)).toBeNull();
    expect(keyToAction(key('Tab'), true)).toBeNull();
    expect(keyToAction(key('ArrowRight', { altKey: true }), true)).toBeNull();
    expect(keyToAction(key('ArrowLeft', { metaKey: true }), true)).toBeNull();
    expect(keyToAction(key('p', { ctrlKey: true }), true)).toBeNull();
    expect(keyToAction(key('p', { metaKey: true }), false)).toBeNull();
    expect(keyToAction(key('Enter', { isComposing: true }), true)).toBeNull();
    expect(keyToAction(key('PageDown', { defaultPrevented: true }), true)).toBeNull();
  });

  it('leaves text fields, selects and editable content alone', () => {
    for (const target of [
      element('INPUT'),
      element('textarea'),
      element('SELECT'),
      element('DIV', { isContentEditable: true }),
      withRole('DIV', 'textbox'),
    ]) {
      expect(keyToAction(key('ArrowRight', { target }), true)).toBeNull();
      expect(keyToAction(key('Backspace', { target }), true)).toBeNull();
      expect(keyToAction(key('p', { target }), true)).toBeNull();
      expect(keyToAction(key('p', { target }), false)).toBeNull();
    }
  });

  it('leaves Enter and Space to a focused button or link, but not the other keys', () => {
    for (const target of [element('BUTTON'), element('a'), withRole('DIV', 'button')]) {
      expect(keyToAction(key('Enter', { target }), true)).toBeNull();
      expect(keyToAction(key(' ', { target }), true)).toBeNull();
      expect(keyToAction(key('PageDown', { target }), true)).toBe('next');
      expect(keyToAction(key('ArrowLeft', { target }), true)).toBe('prev');
    }
    // The map canvas (role=application) is not a button: Enter steps.
    expect(keyToAction(key('Enter', { target: withRole('DIV', 'application') }), true)).toBe('next');
  });
});

describe('keyToAction outside presentation', () => {
  it('enters with p only', () => {
    expect(keyToAction(key('p'), false)).toBe('toggle');
    expect(keyToAction(key('p', { target: element('BUTTON') }), false)).toBe('toggle');
  });

  it('leaves the arrow keys (they pan the map) and every other key alone', () => {
    for (const name of [
      'ArrowRight',
      'ArrowLeft',
      'ArrowUp',
      'ArrowDown',
      ' ',
      'PageDown',
      'PageUp',
      'Enter',
      'Backspace',
      'Home',
      'End',
      'Escape',
    ]) {
      expect(keyToAction(key(name), false), name).toBeNull();
    }
  });
});

describe('isEditable and isActivatable', () => {
  it('read element-like targets and ignore anything else', () => {
    expect(isEditable(null)).toBe(false);
    expect(isEditable('INPUT')).toBe(false);
    expect(isEditable(element('input'))).toBe(true);
    expect(isEditable(element('BUTTON'))).toBe(false);
    expect(isActivatable(element('SUMMARY'))).toBe(true);
    expect(isActivatable(element('DIV'))).toBe(false);
    expect(isActivatable(undefined)).toBe(false);
  });
});

describe('stepAfter', () => {
  it('moves within the story and stops at its ends', () => {
    expect(stepAfter('next', 0, 7)).toBe(1);
    expect(stepAfter('next', 6, 7)).toBeNull();
    expect(stepAfter('prev', 3, 7)).toBe(2);
    expect(stepAfter('prev', 0, 7)).toBeNull();
    expect(stepAfter('first', 4, 7)).toBe(0);
    expect(stepAfter('first', 0, 7)).toBeNull();
    expect(stepAfter('last', 2, 7)).toBe(6);
    expect(stepAfter('last', 6, 7)).toBeNull();
    expect(stepAfter('exit', 2, 7)).toBeNull();
    expect(stepAfter('toggle', 2, 7)).toBeNull();
    expect(stepAfter('next', 0, 0)).toBeNull();
  });
});

describe('autoplay', () => {
  it('loops back to the first step after the last', () => {
    expect(autoplayNext(0, 7)).toBe(1);
    expect(autoplayNext(5, 7)).toBe(6);
    expect(autoplayNext(6, 7)).toBe(0);
    expect(autoplayNext(0, 1)).toBe(0);
    expect(autoplayNext(3, 0)).toBe(0);
  });

  it('resumes after three steps of quiet, at least 30 s', () => {
    expect(autoplayResumeDelay(5)).toBe(30_000);
    expect(autoplayResumeDelay(20)).toBe(60_000);
  });
});

describe('formatElapsed', () => {
  it('writes mm:ss', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(61_500)).toBe('01:01');
    expect(formatElapsed(75 * 60_000 + 3_000)).toBe('75:03');
    expect(formatElapsed(-5)).toBe('00:00');
    expect(formatElapsed(Number.NaN)).toBe('00:00');
  });
});

describe('presenter channel', () => {
  it('reads its messages and nothing else', () => {
    expect(parsePresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parsePresenterMessage({ type: 'exit', extra: 1 })).toEqual({ type: 'exit' });
    expect(parsePresenterMessage({ type: 'go', step: 3 })).toEqual({ type: 'go', step: 3 });
    expect(parsePresenterMessage({ type: 'go', step: 0 })).toBeNull();
    expect(parsePresenterMessage({ type: 'go', step: '3' })).toBeNull();
    expect(parsePresenterMessage({ type: 'step', story: 'odd17', step: 2 })).toEqual({ type: 'step', story: 'odd17', step: 2 });
    expect(parsePresenterMessage({ type: 'step', story: 7, step: 2 })).toBeNull();
    expect(parsePresenterMessage({ type: 'step', story: 'odd17', step: 1.5 })).toBeNull();
    expect(parsePresenterMessage({ type: 'other' })).toBeNull();
    expect(parsePresenterMessage('hello')).toBeNull();
    expect(parsePresenterMessage(null)).toBeNull();
    expect(parsePresenterMessage([{ type: 'hello' }])).toBeNull();
  });

  it('carries the story itself when it is well formed and the same story', () => {
    const content = { id: 'odd17', title: 'T', steps: [{ title: 'a', view: 'sdg=17', notes: 'n' }] };
    expect(parsePresenterMessage({ type: 'step', story: 'odd17', step: 1, content })).toEqual({
      type: 'step',
      story: 'odd17',
      step: 1,
      content,
    });
    expect(parsePresenterMessage({ type: 'step', story: 'other', step: 1, content })).toEqual({ type: 'step', story: 'other', step: 1 });
    const broken = { ...content, steps: [{ title: 'a' }] };
    expect(parsePresenterMessage({ type: 'step', story: 'odd17', step: 1, content: broken })).toEqual({
      type: 'step',
      story: 'odd17',
      step: 1,
    });
  });

  it('opens the presenter window on the same view with #presenter and its pairing token', () => {
    const token = newPairingToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(presenterUrl('https://example.org/app/?present=1&story=odd17&step=3', token)).toBe(
      `https://example.org/app/?present=1&story=odd17&step=3#presenter=${token}`,
    );
    expect(presenterUrl('https://example.org/app/?sdg=13,17#old', token)).toBe(`https://example.org/app/?sdg=13,17#presenter=${token}`);
    expect(isPresenterWindow(`#presenter=${token}`)).toBe(true);
    expect(isPresenterWindow('#presenter')).toBe(true);
    expect(isPresenterWindow('')).toBe(false);
    expect(isPresenterWindow('#other')).toBe(false);
    expect(isPresenterWindow('#presenterx')).toBe(false);
  });

  it('pairs only by a random token of its own form', () => {
    const token = newPairingToken();
    expect(pairingTokenOf(`#presenter=${token}`)).toBe(token);
    expect(pairingTokenOf('#presenter')).toBeNull();
    expect(pairingTokenOf('#presenter=')).toBeNull();
    expect(pairingTokenOf('#presenter=short')).toBeNull();
    expect(pairingTokenOf(`#presenter=${token}x`)).toBeNull();
    expect(pairingTokenOf(`#presenter=${token.slice(0, 21)}+`)).toBeNull();
    // Each page draws its own token, and keeps it.
    expect(new Set(Array.from({ length: 50 }, newPairingToken)).size).toBe(50);
    expect(pagePairingToken()).toBe(pagePairingToken());
  });
});
