// Structure: the errors of the compiled schema (ajv) as problems, one per place, the most telling
// kept when several rules fail on one value, with the JSON pointer of the place.
import type { StructureError } from './schema/validateStructure.generated.js';
import { makeProblem } from './messages';
import type { DateForm, FoundKind, ProblemCode } from './messages';
import { isRecord } from './isRecord';
import { createSuggester, pointerToPath, valueAtPointer, type Suggest } from './problemPath';
import type { Problem } from './types';

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
function structureProblem(error: StructureError, suggest: Suggest): Problem {
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
      const suggestion = typeof value === 'string' ? suggest(value, allowed) : undefined;
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

/** A problem with where it is, as a JSON pointer, and how it ranks against others at the same place. */
export interface Finding extends Problem {
  pointer: string;
  rank: number;
  /** Point the line at the key of the property rather than its value. */
  atKey?: boolean;
  /** Its message comes from a schema with a title (more telling). */
  titled?: boolean;
}

function unknownFieldProblem(name: string, schema: Record<string, unknown>, value: unknown, suggest: Suggest): Problem {
  const known = isRecord(schema.properties) ? Object.keys(schema.properties).filter((key) => key !== '$schema') : [];
  const suggestion = suggest(name, known);
  if (suggestion !== undefined) return makeProblem('unknown-field', { field: name, suggestion }, '', value);
  if (known.includes('attributes')) return makeProblem('unknown-field', { field: name, attributes: true }, '', value);
  return makeProblem('unknown-field', { field: name, allowed: known }, '', value);
}

/** The problems of a structure check, their paths set: those of the first `limit` places at most. */
export function structureFindings(errors: readonly StructureError[], data: unknown, limit = Infinity): Finding[] {
  const missing = new Map<string, string[]>();
  const byPointer = new Map<string, Finding>();
  const findings: Finding[] = [];
  const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
  const suggest = createSuggester();

  for (const error of errors) {
    if (missing.size + byPointer.size >= limit) break;
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
      const problem = unknownFieldProblem(name, error.parentSchema ?? {}, valueAtPointer(data, fieldPointer), suggest);
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
      byPointer.set(pointer, { ...structureProblem(error, suggest), pointer, rank, titled });
    }
  }
  for (const [pointer, names] of missing) {
    findings.push({ ...makeProblem('missing-field', { fields: names }, ''), pointer, rank: -2 });
  }
  findings.push(...byPointer.values());
  for (const finding of findings) finding.path = pointerToPath(finding.pointer, data);
  return findings;
}
