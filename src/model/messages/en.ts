// Problems of a data file in plain English: the `message` of every problem, printed by
// `npm run validate` and shown by the app in English. Keep the wording stable: tests and
// test/fixtures/invalid/expected.json quote it.
import type { Catalogue, DateForm, FoundKind, SyntaxHint } from './codes';

const list = (values: readonly string[]): string => values.join(', ');
const didYouMean = (suggestion: string | undefined): string => (suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`);
const fileName = (file: string | undefined): string => (file === undefined ? 'the file' : `"${file}"`);

const HINTS: Record<SyntaxHint, string> = {
  'comma-before-closing': ' (JSON allows no comma before a closing } or ])',
  'single-quotes': ' (JSON needs double quotes " around texts and field names)',
  'missing-comma': ' (is a comma missing before it?)',
};

const SHAPES: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

/** `an integer from 1 to 17`, `a number, 0 or more`, `text in double quotes or a number`. */
function expected(type: string, minimum: number | undefined, maximum: number | undefined): string {
  if ((type === 'integer' || type === 'number') && minimum !== undefined) {
    const noun = type === 'integer' ? 'an integer' : 'a number';
    return maximum !== undefined ? `${noun} from ${minimum} to ${maximum}` : `${noun}, ${minimum} or more`;
  }
  return type
    .split(',')
    .map((one) => SHAPES[one] ?? one)
    .join(' or ');
}

function described(kind: FoundKind, found: string): string {
  switch (kind) {
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'text':
      return `the text ${found}`;
    case 'number':
      return `the number ${found}`;
    default:
      return found;
  }
}

const DATE_FORMS: Record<DateForm, string> = {
  day: 'date (YYYY-MM-DD, e.g. 2026-11-29)',
  yearOrMonth: 'year or month (YYYY or YYYY-MM, e.g. 2021 or 2021-05)',
  yearMonthOrDay: 'year, month or day (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2007 or 2007-05-29)',
};

const range = (p: { type: string; minimum?: number; maximum?: number; found: string }): string =>
  `must be ${expected(p.type, p.minimum, p.maximum)} (found ${p.found})`;

export const en: Catalogue = {
  'empty-file': (p) => `${fileName(p.file)} is empty (expected a JSON data file)`,
  'html-file': (p) => `${fileName(p.file)} is not JSON: it looks like a web page (HTML); check the address or the file`,
  'json-syntax': (p) =>
    p.column === undefined
      ? `not valid JSON: ${p.reason}`
      : `not valid JSON, at column ${p.column}: ${p.reason}${p.hint === undefined ? '' : HINTS[p.hint]}`,

  'missing-field': (p) =>
    `${p.fields.length === 1 ? 'missing required field' : 'missing required fields'} ${p.fields.map((name) => `"${name}"`).join(', ')}`,
  'unknown-field': (p) => {
    if (p.suggestion !== undefined) return `unknown field "${p.field}"${didYouMean(p.suggestion)}`;
    if (p.attributes === true) return `unknown field "${p.field}" (put other information in "attributes")`;
    return `unknown field "${p.field}" (allowed fields: ${list(p.allowed ?? [])})`;
  },
  'wrong-type': (p) => `must be ${expected(p.type, p.minimum, p.maximum)}, not ${described(p.foundKind, p.found)}`,
  'must-equal': (p) => `must be ${p.expected} (found ${p.found})`,
  'not-support-form': (p) => `${p.value} is not a support form (expected one of: ${list(p.allowed)})${didYouMean(p.suggestion)}`,
  'not-allowed-value': (p) =>
    `${p.value} is not ${p.title === undefined ? 'one of the allowed values' : `a ${p.title}`} (expected one of: ${list(p.allowed)})${didYouMean(p.suggestion)}`,
  'empty-text': () => 'must not be empty',
  'blank-text': () => 'must not be blank',
  'not-http-url': (p) => `${p.value} is not a valid web address (it must start with http:// or https:// and contain no spaces)`,
  'bad-date': (p) => `${p.value} is not a valid ${DATE_FORMS[p.form]}`,
  'bad-language-code': (p) => `${p.value} is not a valid language code (e.g. fr or en)`,
  'bad-currency-code': (p) => `${p.value} is not a valid currency code (3 capital letters, e.g. EUR)`,
  'bad-region-code': (p) => `${p.value} is not a valid region code (a two-digit INSEE region code such as 24, or FR for national scope)`,
  'bad-form': (p) =>
    p.title === undefined ? `${p.value} does not have the expected form (${p.pattern ?? ''})` : `${p.value} is not a valid ${p.title}`,
  'sdg-range': range,
  'out-of-range': range,
  'too-few-items': (p) => `must have at least ${p.limit} ${p.limit === 1 ? 'item' : 'items'}`,
  'duplicate-item': (p) => `${p.value} is already in this list`,
  'no-allowed-form': () => 'does not match any of the allowed forms',
  'schema-rule': (p) => p.detail ?? `fails the rule "${p.keyword}"`,

  'duplicate-id': (p) => `duplicate ${p.element} id "${p.id}" (also used by ${p.first})`,
  'id-shared-with-actor': (p) => `"${p.id}" is already the id of an actor (${p.actor}); alliance ids must differ from actor ids`,
  'not-real-date': (p) => `${p.field} "${p.value}" is not a real date`,
  'implausible-year': (p) => `${p.field} "${p.value}" is not a plausible year (expected ${p.min} to ${p.max})`,
  'future-date': (p) => `${p.field} "${p.value}" is in the future`,
  'end-before-start': (p) => `end "${p.end}" is before start "${p.start}"`,
  'not-source-id': (p) =>
    `"${p.value}" is not a source id of meta.sources (${p.declared.length === 0 ? 'meta.sources declares no documents' : `declared: ${list(p.declared)}`})${didYouMean(p.suggestion)}`,
  'not-element-field': (p) => `"${p.field}" is not a field of this ${p.element}${didYouMean(p.suggestion)}`,
  'not-list-item': (p) => `"${p.field}" names no item of ${p.list} (it holds: ${list(p.items)})`,
  'not-actor-kind': (p) =>
    `"${p.value}" is not an actor kind (expected one of: ${list(p.allowed)}; declare new kinds in meta.kinds)${didYouMean(p.suggestion)}`,
  'not-region': (p) =>
    `"${p.value}" is not a region code (expected an INSEE region code: ${list(p.codes)}, or ${p.national} for national scope)`,
  'not-actor-id': (p) => `"${p.value}" is not an actor id${didYouMean(p.suggestion)}`,
  'not-relation': (p) =>
    `"${p.value}" is not a relation (expected one of: ${list(p.allowed)}; declare new relations in meta.relations)${didYouMean(p.suggestion)}`,
  'focus-not-actor': (p) => `focus "${p.focus}" is not an actor id${didYouMean(p.suggestion)}`,
};
