// Validation of a data file "alliance-map/1": JSON syntax, then structure (the schema compiled
// ahead of time by scripts/compile-schema.ts, no eval), then references (./references.ts).
// Every problem comes back at once, in plain English, with a path like `edges[3].support[0]` and
// the line in the text. Runs in the browser and in Node: no Node imports here.
import jsonSourceMap from 'json-source-map';
import validateStructure from './schema/validateStructure.generated.js';
import type { StructureError } from './schema/validateStructure.generated.js';
import { checkReferences } from './references';
import { didYouMean, isRecord, pathToPointer, pointerToPath, valueAtPointer } from './problemPath';
import type { DataFile, Problem } from './types';

export interface ValidationResult {
  /** The file, only when it has no problem at all. */
  file?: DataFile;
  /** Every problem found, in the order of the text. */
  problems: Problem[];
}

/** `data/x.json: edges[3].support[0]: "funding" is not a support form (…) (line 12)`. */
export function formatProblem(fileName: string, p: Problem): string {
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

/** The commonest mistakes of people who write JSON by hand, said plainly. */
function syntaxHint(text: string, offset: number): string {
  const char = text[offset];
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if ((char === '}' || char === ']') && text[before] === ',') return ' (JSON allows no comma before a closing } or ])';
  if (char === "'") return ' (JSON needs double quotes " around texts and field names)';
  if ((char === '"' || char === '{' || char === '[') && /(["}\]\d]|true|false|null)$/.test(text.slice(Math.max(0, before - 4), before + 1))) {
    return ' (is a comma missing before it?)';
  }
  return '';
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
  if (!where) return { path: '', message: `not valid JSON: ${reason}` };
  const hint = syntaxHint(text, offsetOf(text, where.line, where.column));
  return { path: '', message: `not valid JSON, at column ${where.column}: ${reason}${hint}`, line: where.line };
}

// ---------------------------------------------------------------------------------------------
// Structure: ajv errors in plain English

const SHAPE_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

/** Keywords ranked: when several fail on one value, the first of this list is reported. */
const RANK = ['type', 'const', 'enum', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems'];
/** Keywords that only say "one of the branches failed": dropped when a more precise error exists. */
const VAGUE = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', 'not', '$ref']);

function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value === 'boolean' ? String(value) : typeof value;
}

function expected(type: string, schema: Record<string, unknown>): string {
  const { minimum, maximum } = schema;
  if ((type === 'integer' || type === 'number') && typeof minimum === 'number') {
    const noun = type === 'integer' ? 'an integer' : 'a number';
    return typeof maximum === 'number' ? `${noun} from ${minimum} to ${maximum}` : `${noun}, ${minimum} or more`;
  }
  return type.split(',').map((one) => SHAPE_WORDS[one] ?? one).join(' or ');
}

function structureMessage(error: StructureError): string {
  const schema = error.parentSchema ?? {};
  const title = typeof schema.title === 'string' ? schema.title : undefined;
  const value = error.data;
  const { params } = error;
  switch (error.keyword) {
    case 'type':
      return `must be ${expected(String(params.type), schema)}, not ${describeValue(value)}`;
    case 'const':
      return `must be ${quote(params.allowedValue)} (found ${quote(value)})`;
    case 'enum': {
      const allowed = Array.isArray(error.schema) ? error.schema.map(String) : [];
      const what = title === undefined ? 'one of the allowed values' : `a ${title}`;
      return `${quote(value)} is not ${what} (expected one of: ${allowed.join(', ')})${typeof value === 'string' ? didYouMean(value, allowed) : ''}`;
    }
    case 'pattern':
      if (params.pattern === '\\S') return typeof value === 'string' && value !== '' ? 'must not be blank' : 'must not be empty';
      return title === undefined ? `${quote(value)} does not have the expected form (${String(params.pattern)})` : `${quote(value)} is not a valid ${title}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${expected(typeof schema.type === 'string' ? schema.type : 'number', schema)} (found ${quote(value)})`;
    case 'minItems':
      return `must have at least ${String(params.limit)} ${params.limit === 1 ? 'item' : 'items'}`;
    default:
      return error.message ?? `fails the rule "${error.keyword}"`;
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

function unknownFieldMessage(name: string, schema: Record<string, unknown>): string {
  const known = isRecord(schema.properties) ? Object.keys(schema.properties).filter((key) => key !== '$schema') : [];
  const suggestion = didYouMean(name, known);
  if (suggestion !== '') return `unknown field "${name}"${suggestion}`;
  if (known.includes('attributes')) return `unknown field "${name}" (put other information in "attributes")`;
  return `unknown field "${name}" (allowed fields: ${known.join(', ')})`;
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
      const finding: Finding = { pointer: fieldPointer, path: '', rank: -1, atKey: true, value: valueAtPointer(data, fieldPointer), message: unknownFieldMessage(name, error.parentSchema ?? {}) };
      byPointer.set(fieldPointer, finding);
    } else if (error.keyword === 'uniqueItems') {
      // Point at the repeated item rather than the list.
      const later = Math.max(Number(error.params.i), Number(error.params.j));
      const itemPointer = `${pointer}/${later}`;
      const item = valueAtPointer(data, itemPointer);
      if (!byPointer.has(itemPointer)) byPointer.set(itemPointer, { pointer: itemPointer, path: '', rank: RANK.length, value: item, message: `${quote(item)} is already in this list` });
    } else if (VAGUE.has(error.keyword)) {
      const precise = errors.some((other) => !VAGUE.has(other.keyword) && (other.instancePath === pointer || other.instancePath.startsWith(`${pointer}/`)));
      if (!precise && !byPointer.has(pointer)) byPointer.set(pointer, { pointer, path: '', rank: RANK.length + 1, value: error.data, message: 'does not match any of the allowed forms' });
    } else {
      const rank = RANK.includes(error.keyword) ? RANK.indexOf(error.keyword) : RANK.length;
      const titled = typeof error.parentSchema?.title === 'string';
      const current = byPointer.get(pointer);
      // The same rule may fail twice (an item type beside a $ref): keep the one with a title.
      if (current !== undefined && (current.rank < rank || (current.rank === rank && (current.titled === true || !titled)))) continue;
      byPointer.set(pointer, { pointer, path: '', rank, titled, value: error.data, message: structureMessage(error) });
    }
  }
  for (const [pointer, names] of missing) {
    const list = names.map((name) => `"${name}"`).join(', ');
    findings.push({ pointer, path: '', rank: -2, message: names.length === 1 ? `missing required field ${list}` : `missing required fields ${list}` });
  }
  findings.push(...byPointer.values());
  for (const finding of findings) finding.path = pointerToPath(finding.pointer, data);
  return findings;
}

/**
 * Validates data already parsed from JSON: structure, then, if the structure is sound,
 * references. Problems have no line numbers (see validateText).
 */
export function validateData(data: unknown): ValidationResult {
  const problems = validateWithPointers(data).map(({ path, value, message }) => (value === undefined ? { path, message } : { path, value, message }));
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
  const name = fileName === undefined ? 'the file' : `"${fileName}"`;
  if (source.trim() === '') return { problems: [{ path: '', message: `${name} is empty (expected a JSON data file)` }] };
  if (source.trimStart().startsWith('<')) {
    return { problems: [{ path: '', message: `${name} is not JSON: it looks like a web page (HTML); check the address or the file`, line: 1 }] };
  }
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
  const problems = findings.map(({ pointer, atKey, path, value, message }): Problem => {
    const location = pointers[pointer];
    const at = atKey === true ? (location?.key ?? location?.value) : location?.value;
    const problem: Problem = { path, message };
    if (value !== undefined) problem.value = value;
    if (at !== undefined) problem.line = at.line + 1;
    return problem;
  });
  return { problems: problems.map((problem, index) => ({ problem, index })).sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index).map(({ problem }) => problem) };
}
