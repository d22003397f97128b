import { isRecord } from './isRecord';

/** Shorter texts ("oui", "2") are too common to search for in the rest of a file. */
export const PRIVATE_VALUE_MIN_LENGTH = 4;

/** The text of a private field a publish build removed. */
export interface PrivateValue {
  /** Where it was, as `nodes[0].attributes.contact.email`. */
  path: string;
  text: string;
  /** The text in lower case: private values are searched without case. */
  lower: string;
}

/** The texts (4 characters or more) anywhere in `value`, with their paths. */
export function findPrivateValues(value: unknown, path: string): PrivateValue[] {
  if (typeof value === 'string') {
    const text = value.trim();
    return text.length >= PRIVATE_VALUE_MIN_LENGTH ? [{ path, text, lower: text.toLowerCase() }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findPrivateValues(item, `${path}[${index}]`));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, child]) => findPrivateValues(child, `${path}.${key}`));
  return [];
}

/** The first private value the text holds (compared without case), if any. */
export function heldValue(text: string, values: readonly PrivateValue[]): PrivateValue | undefined {
  const lower = text.toLowerCase();
  return values.find((value) => lower.includes(value.lower));
}

/** A text of the file that still holds a private value. */
export interface PrivateLeak {
  /** Where the text is, as `nodes[3].description`. */
  path: string;
  /** The private field whose value it holds, as `nodes[0].attributes.email`. */
  field: string;
}

/**
 * Every text of `value` that holds one of `values` (compared without case), with its path.
 * `meta.private` (names, not values) is not searched.
 */
export function findPrivateLeaks(value: unknown, values: readonly PrivateValue[], path = ''): PrivateLeak[] {
  if (values.length === 0) return [];
  if (typeof value === 'string') {
    const held = heldValue(value, values);
    return held ? [{ path, field: held.path }] : [];
  }
  const join = (key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);
  if (Array.isArray(value)) return value.flatMap((item, index) => findPrivateLeaks(item, values, join(index)));
  if (!isRecord(value)) return [];
  return Object.entries(value)
    .filter(([key]) => !(path === 'meta' && key === 'private'))
    .flatMap(([key, child]) => findPrivateLeaks(child, values, join(key)));
}
