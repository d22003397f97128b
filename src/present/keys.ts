// Keyboard of the presentation mode, as a pure function (the hook is usePresentationKeys.ts).

export type PresentationAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'toggle';

/** What keyToAction needs of a keyboard event (a DOM KeyboardEvent fits). */
export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target?: unknown;
}

interface ElementLike {
  tagName?: unknown;
  isContentEditable?: unknown;
  getAttribute?: unknown;
}

function asElement(target: unknown): ElementLike | null {
  return typeof target === 'object' && target !== null ? target : null;
}

function tagOf(element: ElementLike): string {
  return typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
}

function roleOf(element: ElementLike): string | null {
  if (typeof element.getAttribute !== 'function') return null;
  const role: unknown = (element.getAttribute as (name: string) => unknown).call(element, 'role');
  return typeof role === 'string' ? role : null;
}

/** Focus in a text field, a select or editable content: keys belong to it. */
export function isEditable(target: unknown): boolean {
  const element = asElement(target);
  if (!element) return false;
  if (element.isContentEditable === true) return true;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tagOf(element))) return true;
  const role = roleOf(element);
  return role === 'textbox' || role === 'combobox' || role === 'slider' || role === 'spinbutton';
}

/** Focus on something that Enter or Space activates (a button, a link…): those keys belong to it. */
export function isActivatable(target: unknown): boolean {
  const element = asElement(target);
  if (!element) return false;
  if (['BUTTON', 'A', 'SUMMARY'].includes(tagOf(element))) return true;
  const role = roleOf(element);
  return (
    role === 'button' ||
    role === 'link' ||
    role === 'menuitem' ||
    role === 'tab' ||
    role === 'checkbox' ||
    role === 'switch' ||
    role === 'option'
  );
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * The presentation action of a key, or null to leave the key alone.
 * - While presenting: →, ↓, Space, PageDown, Enter: next; ←, ↑, PageUp, Backspace: previous
 *   (clickers send PageUp/PageDown); Home/End: first/last; Escape: exit; `p`: toggle (exit).
 * - Not presenting: only `p` (enter); every other key, arrows included (they pan the map), is
 *   left alone.
 * - Never with Ctrl, Alt or Meta (browser shortcuts), during IME composition, for an event
 *   already handled, or when focus is in a text field, a select or editable content. Enter and
 *   Space on a focused button or link are left to it.
 */
export function keyToAction(event: KeyLike, presenting: boolean): PresentationAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing || event.defaultPrevented) return null;
  if (isEditable(event.target)) return null;
  const key = event.key;
  if (key === 'p' || key === 'P') return 'toggle';
  if (!presenting) return null;
  if ((key === 'Enter' || key === ' ' || key === 'Spacebar') && isActivatable(event.target)) return null;
  if (NEXT.has(key)) return 'next';
  if (PREV.has(key)) return 'prev';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'Escape' || key === 'Esc') return 'exit';
  return null;
}

/** The 0-based step an action leads to, or null (exit, toggle, or no move possible). */
export function stepAfter(action: PresentationAction, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (action) {
    case 'next':
      return index < count - 1 ? index + 1 : null;
    case 'prev':
      return index > 0 ? index - 1 : null;
    case 'first':
      return index !== 0 ? 0 : null;
    case 'last':
      return index !== count - 1 ? count - 1 : null;
    default:
      return null;
  }
}
