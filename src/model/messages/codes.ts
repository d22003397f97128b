// The kinds of problem a data file can have, each with the values its message interpolates.
// A problem carries its `code` and `params`; the catalogues (./en.ts, ./fr.ts) word it.
// Codes are stable: tests, the app and other tools may rely on them. Never reuse one for
// another meaning; add a code rather than change what one says.

/** Where a JSON syntax error most likely comes from, when it is one of the usual slips. */
export type SyntaxHint = 'comma-before-closing' | 'single-quotes' | 'missing-comma';

/** What a value found in the file is, to say "not the number 7". */
export type FoundKind = 'null' | 'list' | 'object' | 'text' | 'number' | 'boolean' | 'other';

/** The schema definitions whose form a date must have (docs/data-format.md). */
export type DateForm = 'day' | 'yearOrMonth' | 'yearMonthOrDay';

/** Date fields checked against the calendar and the plausible years. */
export type DateField = 'founded' | 'start' | 'end' | 'updated';

/** Elements that have an id. */
export type IdElement = 'source' | 'actor' | 'alliance' | 'story';

/**
 * Every code and its params. Values of the file that were quoted as JSON (`"funding"`, `18`) are
 * passed already quoted (`value`, `found`, `expected`); ids and codes are passed raw.
 */
export type ProblemParamsByCode = {
  // The file as a whole
  'empty-file': { file?: string };
  'html-file': { file?: string };
  'json-syntax': { reason: string; column?: number; hint?: SyntaxHint };
  // Structure (the schema)
  'missing-field': { fields: string[] };
  'unknown-field': { field: string; suggestion?: string; allowed?: string[]; attributes?: boolean };
  'wrong-type': { type: string; minimum?: number; maximum?: number; foundKind: FoundKind; found: string };
  'must-equal': { expected: string; found: string };
  'not-support-form': { value: string; allowed: string[]; suggestion?: string };
  'not-allowed-value': { value: string; allowed: string[]; suggestion?: string; title?: string };
  'empty-text': Record<string, never>;
  'blank-text': Record<string, never>;
  'not-http-url': { value: string };
  'bad-date': { value: string; form: DateForm };
  'bad-language-code': { value: string };
  'bad-currency-code': { value: string };
  'bad-region-code': { value: string };
  'bad-form': { value: string; title?: string; pattern?: string };
  'sdg-range': { type: string; minimum?: number; maximum?: number; found: string };
  'out-of-range': { type: string; minimum?: number; maximum?: number; found: string };
  'too-few-items': { limit: number };
  'duplicate-item': { value: string };
  'no-allowed-form': Record<string, never>;
  'schema-rule': { keyword: string; detail?: string };
  // References
  'duplicate-id': { id: string; element: IdElement; first: string };
  'id-shared-with-actor': { id: string; actor: string };
  'not-real-date': { field: DateField; value: string };
  'implausible-year': { field: DateField; value: string; min: number; max: number };
  'future-date': { field: DateField; value: string };
  'end-before-start': { start: string; end: string };
  'not-source-id': { value: string; declared: string[]; suggestion?: string };
  'not-element-field': { field: string; element: 'actor' | 'alliance'; suggestion?: string };
  'not-list-item': { field: string; list: string; items: string[] };
  'not-actor-kind': { value: string; allowed: string[]; suggestion?: string };
  'not-region': { value: string; codes: string[]; national: string };
  'not-actor-id': { value: string; suggestion?: string };
  'not-relation': { value: string; allowed: string[]; suggestion?: string };
  'focus-not-actor': { focus: string; suggestion?: string };
};

export type ProblemCode = keyof ProblemParamsByCode;

/** The params of some problem, whatever its code: plain JSON values. */
export type ProblemParams = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/** One wording of every problem: a function of the params of each code. */
export type Catalogue = { readonly [C in ProblemCode]: (params: ProblemParamsByCode[C]) => string };
