// Validation of a data file "alliance-map/1": JSON syntax, then structure (the schema compiled
// ahead of time by scripts/compile-schema.ts, no eval), then references (./references.ts).
// Every problem comes back at once, with a path like `edges[3].support[0]`, the line in the text,
// a stable code and its params (worded in French and English by ./messages), and its message in
// plain English. Runs in the browser and in Node: no Node imports here.
import jsonSourceMap from 'json-source-map';
import validateStructure from './schema/validateStructure.generated.js';
import type { StructureError } from './schema/validateStructure.generated.js';
import { checkReferences } from './references';
import { makeProblem } from './messages';
import type { DateForm, FoundKind, ProblemCode, SyntaxHint } from './messages';
import { isRecord } from './isRecord';
import { closestMatch, pathToPointer, pointerToPath, valueAtPointer } from './problemPath';
import type { DataFile, Problem } from './types';

export interface ValidationResult {
  /** The file, only when it has no problem at all. */
  file?: DataFile;
  /** Every problem found, in the order of the text. */
  problems: Problem[];
}

/** `data/x.json: edges[3].support[0]: "funding" is not a support form (…) (line 12)`. */
export function formatProblem(fileName: string, p: Pick<Problem, 'path' | 'message' | 'line'>): string {
  const path = p.path === '' ? '' : `${p.path}: `;
  const line = p.line === undefined ? '' : ` (line ${p.line})`;
  return `${fileName}: ${path}${p.message}${line}`;
}

// ---------------------------------------------------------------------------------------------
// JSON syntax

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Where a JSON.parse error happened: engines word it differently, some not at all. */
function errorLocation(text: string, message: string): { line: number; column: number } | undefined {
  // Chromium and Node 22+: "… at position 11 (line 3 column 2)"; Firefox: "… at line 3 column 2 of the JSON data".
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return lineAndColumn(text, text.length);
  // Otherwise ("Unexpected token ']', "[1,2,]" is not valid JSON", Safari): ask json-source-map.
  try {
    jsonSourceMap.parse(text);
  } catch (error) {
    const own = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
    if (own) return lineAndColumn(text, Number(own[1]));
    if (error instanceof Error && /unexpected end/i.test(error.message)) return lineAndColumn(text, text.length);
  }
  return undefined;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** The commonest mistakes of people who write JSON by hand, to say them plainly. */
function syntaxHint(text: string, offset: number): SyntaxHint | undefined {
  const char = text[offset];
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if ((char === '}' || char === ']') && text[before] === ',') return 'comma-before-closing';
  if (char === "'") return 'single-quotes';
  if (
    (char === '"' || char === '{' || char === '[') &&
    /(["}\]\d]|true|false|null)$/.test(text.slice(Math.max(0, before - 4), before + 1))
  ) {
    return 'missing-comma';
  }
  return undefined;
}

/** The problem for a JSON.parse error, worded by any engine (V8 old and new, Firefox, Safari). */
export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/^JSON Parse error: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '');
  const where = errorLocation(text, raw);
  if (!where) return makeProblem('json-syntax', { reason }, '');
  const hint = syntaxHint(text, offsetOf(text, where.line, where.column));
  return { ...makeProblem('json-syntax', { reason, column: where.column, hint }, ''), line: where.line };
}

// ---------------------------------------------------------------------------------------------
// Structure: ajv errors as problems

/** Keywords ranked: when several fail on one value, the first of this list is reported. */
const RANK = ['type', 'const', 'enum', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems'];
/** Keywords that only say "one of the branches failed": dropped when a more precise error exists. */
const VAGUE = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', 'not', '$ref']);

/**
 * The schema definitions (data/schema/alliance-map-1.schema.json) whose `pattern`, `enum` or
 * range failures have their own code, worded for what the definition means.
 */
export const DEFINITION_CODES = {
  webAddress: 'not-http-url',
  day: 'bad-date',
  yearOrMonth: 'bad-date',
  yearMonthOrDay: 'bad-date',
  languageCode: 'bad-language-code',
  currencyCode: 'bad-currency-code',
  scopeCode: 'bad-region-code',
  supportCode: 'not-support-form',
  sdg: 'sdg-range',
} as const satisfies Record<string, ProblemCode>;

/** `#/definitions/webAddress/pattern` → `webAddress`. */
function definitionOf(error: StructureError): string | undefined {
  return /^#\/definitions\/([^/]+)\/[^/]+$/.exec(error.schemaPath)?.[1];
}

/** The own code of a failure in a definition, if it has one. */
function definitionCode(definition: string | undefined): ProblemCode | undefined {
  return definition !== undefined && Object.prototype.hasOwnProperty.call(DEFINITION_CODES, definition)
    ? DEFINITION_CODES[definition as keyof typeof DEFINITION_CODES]
    : undefined;
}

function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What a value is, for "not the number 7". */
function found(value: unknown): { foundKind: FoundKind; found: string } {
  if (value === null) return { foundKind: 'null', found: 'null' };
  if (Array.isArray(value)) return { foundKind: 'list', found: quote(value) };
  if (typeof value === 'object') return { foundKind: 'object', found: quote(value) };
  if (typeof value === 'string') return { foundKind: 'text', found: quote(value) };
  if (typeof value === 'number') return { foundKind: 'number', found: String(value) };
  if (typeof value === 'boolean') return { foundKind: 'boolean', found: String(value) };
  return { foundKind: 'other', found: typeof value };
}

const numberOrUndefined = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The problem an ajv error stands for (its path is set later). */
function structureProblem(error: StructureError): Problem {
  const schema = error.parentSchema ?? {};
  const title = typeof schema.title === 'string' ? schema.title : undefined;
  const definition = definitionOf(error);
  const code = definitionCode(definition);
  const value = error.data;
  const { params } = error;
  const limits = { minimum: numberOrUndefined(schema.minimum), maximum: numberOrUndefined(schema.maximum) };
  switch (error.keyword) {
    case 'type': {
      const type = String(params.type);
      // Bounds are part of what is expected only for numbers ("an integer from 1 to 17").
      const bounds = (type === 'integer' || type === 'number') && limits.minimum !== undefined ? limits : {};
      return makeProblem('wrong-type', { type, ...bounds, ...found(value) }, '', value);
    }
    case 'const':
      return makeProblem('must-equal', { expected: quote(params.allowedValue), found: quote(value) }, '', value);
    case 'enum': {
      const allowed = Array.isArray(error.schema) ? error.schema.map(String) : [];
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      if (code === 'not-support-form') return makeProblem('not-support-form', { value: quote(value), allowed, suggestion }, '', value);
      return makeProblem('not-allowed-value', { value: quote(value), allowed, suggestion, title }, '', value);
    }
    case 'pattern':
      if (params.pattern === '\\S')
        return typeof value === 'string' && value !== ''
          ? makeProblem('blank-text', {}, '', value)
          : makeProblem('empty-text', {}, '', value);
      if (code === 'bad-date') return makeProblem(code, { value: quote(value), form: definition as DateForm }, '', value);
      if (code === 'not-http-url' || code === 'bad-language-code' || code === 'bad-currency-code' || code === 'bad-region-code')
        return makeProblem(code, { value: quote(value) }, '', value);
      return makeProblem(
        'bad-form',
        title === undefined ? { value: quote(value), pattern: String(params.pattern) } : { value: quote(value), title },
        '',
        value,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const range = { type: typeof schema.type === 'string' ? schema.type : 'number', ...limits, found: quote(value) };
      return makeProblem(code === 'sdg-range' ? code : 'out-of-range', range, '', value);
    }
    case 'minItems':
      return makeProblem('too-few-items', { limit: Number(params.limit) }, '', value);
    default:
      return makeProblem('schema-rule', { keyword: error.keyword, detail: error.message }, '', value);
  }
}

interface Finding extends Problem {
  pointer: string;
  rank: number;
  /** Point the line at the key of the property rather than its value. */
  atKey?: boolean;
  /** Its message comes from a schema with a title (more telling). */
  titled?: boolean;
}

function unknownFieldProblem(name: string, schema: Record<string, unknown>, value: unknown): Problem {
  const known = isRecord(schema.properties) ? Object.keys(schema.properties).filter((key) => key !== '$schema') : [];
  const suggestion = closestMatch(name, known);
  if (suggestion !== undefined) return makeProblem('unknown-field', { field: name, suggestion }, '', value);
  if (known.includes('attributes')) return makeProblem('unknown-field', { field: name, attributes: true }, '', value);
  return makeProblem('unknown-field', { field: name, allowed: known }, '', value);
}

function structureFindings(errors: readonly StructureError[], data: unknown): Finding[] {
  const missing = new Map<string, string[]>();
  const byPointer = new Map<string, Finding>();
  const findings: Finding[] = [];
  const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

  for (const error of errors) {
    const pointer = error.instancePath;
    if (error.keyword === 'required') {
      const names = missing.get(pointer) ?? [];
      const name = String(error.params.missingProperty);
      if (!names.includes(name)) names.push(name);
      missing.set(pointer, names);
    } else if (error.keyword === 'additionalProperties') {
      const name = String(error.params.additionalProperty);
      const fieldPointer = `${pointer}/${escape(name)}`;
      if (byPointer.has(fieldPointer)) continue;
      const problem = unknownFieldProblem(name, error.parentSchema ?? {}, valueAtPointer(data, fieldPointer));
      byPointer.set(fieldPointer, { ...problem, pointer: fieldPointer, rank: -1, atKey: true });
    } else if (error.keyword === 'uniqueItems') {
      // Point at the repeated item rather than the list.
      const later = Math.max(Number(error.params.i), Number(error.params.j));
      const itemPointer = `${pointer}/${later}`;
      const item = valueAtPointer(data, itemPointer);
      if (!byPointer.has(itemPointer))
        byPointer.set(itemPointer, {
          ...makeProblem('duplicate-item', { value: quote(item) }, '', item),
          pointer: itemPointer,
          rank: RANK.length,
        });
    } else if (VAGUE.has(error.keyword)) {
      const precise = errors.some(
        (other) => !VAGUE.has(other.keyword) && (other.instancePath === pointer || other.instancePath.startsWith(`${pointer}/`)),
      );
      if (!precise && !byPointer.has(pointer))
        byPointer.set(pointer, { ...makeProblem('no-allowed-form', {}, '', error.data), pointer, rank: RANK.length + 1 });
    } else {
      const rank = RANK.includes(error.keyword) ? RANK.indexOf(error.keyword) : RANK.length;
      const titled = typeof error.parentSchema?.title === 'string';
      const current = byPointer.get(pointer);
      // The same rule may fail twice (an item type beside a $ref): keep the one with a title.
      if (current !== undefined && (current.rank < rank || (current.rank === rank && (current.titled === true || !titled)))) continue;
      byPointer.set(pointer, { ...structureProblem(error), pointer, rank, titled });
    }
  }
  for (const [pointer, names] of missing) {
    findings.push({ ...makeProblem('missing-field', { fields: names }, ''), pointer, rank: -2 });
  }
  findings.push(...byPointer.values());
  for (const finding of findings) finding.path = pointerToPath(finding.pointer, data);
  return findings;
}

/** The problem of a finding, without what only served to find it. */
function problemOf({ path, value, code, params, message }: Finding): Problem {
  const problem: Problem = { path, code, params, message };
  if (value !== undefined) problem.value = value;
  return problem;
}

/**
 * Validates data already parsed from JSON: structure, then, if the structure is sound,
 * references. Problems have no line numbers (see validateText).
 */
export function validateData(data: unknown): ValidationResult {
  const problems = validateWithPointers(data).map(problemOf);
  return problems.length === 0 ? { file: data as DataFile, problems } : { problems };
}

function validateWithPointers(data: unknown): Finding[] {
  if (!validateStructure(data)) return structureFindings(validateStructure.errors ?? [], data);
  return checkReferences(data as DataFile).map((problem) => ({ ...problem, pointer: pathToPointer(problem.path) ?? '', rank: 0 }));
}

// ---------------------------------------------------------------------------------------------
// The text of a file

/**
 * Validates the text of a data file: JSON syntax, structure, references. Returns the file only
 * when it has no problem; otherwise every problem, with its line. `fileName` names the file in
 * messages about the file as a whole.
 */
export function validateText(text: string, fileName?: string): ValidationResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') return { problems: [makeProblem('empty-file', { file: fileName }, '')] };
  if (source.trimStart().startsWith('<')) return { problems: [{ ...makeProblem('html-file', { file: fileName }, ''), line: 1 }] };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { problems: [jsonSyntaxProblem(source, error)] };
  }
  const findings = validateWithPointers(data);
  if (findings.length === 0) return { file: data as DataFile, problems: [] };

  let pointers: ReturnType<typeof jsonSourceMap.parse>['pointers'] = {};
  try {
    pointers = jsonSourceMap.parse(source).pointers;
  } catch {
    // Lines are a comfort: without them the problems still stand.
  }
  const problems = findings.map((finding): Problem => {
    const location = pointers[finding.pointer];
    const at = finding.atKey === true ? (location?.key ?? location?.value) : location?.value;
    const problem = problemOf(finding);
    if (at !== undefined) problem.line = at.line + 1;
    return problem;
  });
  return {
    problems: problems
      .map((problem, index) => ({ problem, index }))
      .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
      .map(({ problem }) => problem),
  };
}
