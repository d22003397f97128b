// What the schema cannot say about a data file: ids unique, references that resolve, kinds and
// relations declared, region codes that exist, dates that make sense. Runs on a file whose
// structure the schema has accepted. Rules: docs/data-format.md, "Reference rules".
import { BUILT_IN_KINDS, BUILT_IN_RELATIONS, NATIONAL_SCOPE, REGIONS, scopeByCode } from '../domain';
import { makeProblem } from './messages';
import type { DateField, IdElement, ProblemCode, ProblemParamsByCode } from './messages';
import { createSuggester, joinPath } from './problemPath';
import { isReservedId } from './limits';
import { LIST_FACTS } from './provenance';
import type { DataFile, Problem, SourceRef } from './types';

/** Oldest plausible year for `founded` (some foundations and hospitals are medieval). */
export const MIN_FOUNDED_YEAR = 1000;
/** Oldest plausible year for the start or end of an alliance. */
export const MIN_ALLIANCE_YEAR = 1800;
/** How many years ahead an alliance may be planned. */
export const MAX_YEARS_AHEAD = 20;

export interface ReferenceCheckOptions {
  /** The date "now" for future dates; defaults to the current date. */
  today?: Date;
  /** Stop reporting after this many problems; default: every one. */
  maxProblems?: number;
}

/** Adds a problem to those found (makeProblem's arguments). */
type Report = <C extends ProblemCode>(code: C, params: ProblemParamsByCode[C], path: string, value?: unknown) => void;

function hasKey(record: Record<string, unknown> | undefined, key: string): boolean {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key);
}

/** Reports the elements whose id was already used (`duplicate actor id "x" (also used by nodes[0])`). */
function checkUnique(
  items: readonly { id: string }[],
  collection: string,
  element: IdElement,
  report: Report,
  seen = new Map<string, string>(),
): Map<string, string> {
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (isReservedId(item.id)) {
      report('reserved-id', { id: item.id, element }, `${collection}[${index}].id`, item.id);
    } else if (first !== undefined) {
      report('duplicate-id', { id: item.id, element, first }, `${collection}[${index}].id`, item.id);
    } else {
      seen.set(item.id, `${collection}[${index}]`);
    }
  });
  return seen;
}

function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** First day of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" period, as YYYY-MM-DD. */
function periodStart(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** Last month of a "YYYY" or "YYYY-MM" period, as YYYY-MM. */
function periodEndMonth(value: string): string {
  return value.length === 4 ? `${value}-12` : value.slice(0, 7);
}

interface DateRule {
  path: string;
  field: DateField;
  value: string;
  minYear: number;
  maxYear: number;
}

/** Reports the date's problem, if any; true when it has none. */
function checkDate({ path, field, value, minYear, maxYear }: DateRule, today: string, report: Report): boolean {
  const year = Number(value.slice(0, 4));
  if (value.length === 10 && !isRealDay(value)) {
    report('not-real-date', { field, value }, path, value);
  } else if (year < minYear || year > maxYear) {
    report('implausible-year', { field, value, min: minYear, max: maxYear }, path, value);
  } else if (field === 'founded' && periodStart(value) > today) {
    report('future-date', { field, value }, path, value);
  } else return true;
  return false;
}

export function checkReferences(file: DataFile, options: ReferenceCheckOptions = {}): Problem[] {
  // At most maxProblems: the checks go on (they are cheap), the problems beyond are not made.
  const max = options.maxProblems ?? Infinity;
  const problems: Problem[] = [];
  const report: Report = (code, params, path, value) => {
    if (problems.length < max) problems.push(makeProblem(code, params, path, value));
  };
  const now = options.today ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const thisYear = now.getUTCFullYear();
  const { meta, nodes, edges, stories = [] } = file;
  const suggest = createSuggester();
  const regionCodes = REGIONS.map((region) => region.code);

  // Declarations.
  const sourceIds = checkUnique(meta.sources ?? [], 'meta.sources', 'source', report);
  const declaredSources = [...sourceIds.keys()];
  const kinds = [...new Set<string>([...BUILT_IN_KINDS, ...Object.keys(meta.kinds ?? {})])];
  const relations = [...new Set<string>([...BUILT_IN_RELATIONS, ...Object.keys(meta.relations ?? {})])];
  const kindSet = new Set(kinds);
  const relationSet = new Set(relations);
  for (const [key, element, declared] of [
    ['kinds', 'kind', meta.kinds],
    ['relations', 'relation', meta.relations],
  ] as const) {
    for (const name of Object.keys(declared ?? {})) {
      if (isReservedId(name)) report('reserved-id', { id: name, element }, joinPath('meta', key, name), name);
    }
  }
  if (meta.updated !== undefined && !isRealDay(meta.updated)) {
    report('not-real-date', { field: 'updated', value: meta.updated }, 'meta.updated', meta.updated);
  }

  // Ids: unique among actors, among alliances, and across both (one Cytoscape namespace).
  const actorIds = checkUnique(nodes, 'nodes', 'actor', report);
  const edgeIds = checkUnique(edges, 'edges', 'alliance', report);
  for (const [id, where] of edgeIds) {
    const actor = actorIds.get(id);
    if (actor !== undefined) report('id-shared-with-actor', { id, actor }, `${where}.id`, id);
  }
  checkUnique(stories, 'stories', 'story', report);

  const checkSources = (
    path: string,
    refs: readonly SourceRef[] | undefined,
    element: Record<string, unknown>,
    noun: 'actor' | 'alliance',
  ): void => {
    (refs ?? []).forEach((ref, index) => {
      const refPath = `${path}.sources[${index}]`;
      if (ref.doc !== undefined && !sourceIds.has(ref.doc)) {
        const params = { value: ref.doc, declared: declaredSources, suggestion: suggest(ref.doc, sourceIds.keys()) };
        report('not-source-id', params, `${refPath}.doc`, ref.doc);
      }
      const attributes = element.attributes as Record<string, unknown> | undefined;
      (ref.fields ?? []).forEach((field, fieldIndex) => {
        const head = field.split('.')[0] ?? field;
        const list = element[head];
        if (LIST_FACTS.has(head) && Array.isArray(list) && field !== head && !hasKey(attributes, field)) {
          // `sdgs.13`: one item of a list the element has.
          const items = list.map(String);
          if (items.includes(field.slice(head.length + 1))) return;
          const params = { field, list: head, items };
          report('not-list-item', params, `${refPath}.fields[${fieldIndex}]`, field);
          return;
        }
        if (hasKey(element, head) || hasKey(attributes, field) || hasKey(attributes, head)) return;
        const known = () => [...Object.keys(element), ...Object.keys(attributes ?? {})];
        report('not-element-field', { field, element: noun, suggestion: suggest(field, known) }, `${refPath}.fields[${fieldIndex}]`, field);
      });
    });
  };

  nodes.forEach((node, index) => {
    const path = `nodes[${index}]`;
    if (!kindSet.has(node.kind)) {
      report('not-actor-kind', { value: node.kind, allowed: kinds, suggestion: suggest(node.kind, kinds) }, `${path}.kind`, node.kind);
    }
    (node.regions ?? []).forEach((code, regionIndex) => {
      if (scopeByCode(code) !== undefined) return;
      report('not-region', { value: code, codes: regionCodes, national: NATIONAL_SCOPE }, `${path}.regions[${regionIndex}]`, code);
    });
    if (node.founded !== undefined) {
      checkDate(
        { path: `${path}.founded`, field: 'founded', value: node.founded, minYear: MIN_FOUNDED_YEAR, maxYear: thisYear },
        today,
        report,
      );
    }
    checkSources(path, node.sources, node as unknown as Record<string, unknown>, 'actor');
  });

  edges.forEach((edge, index) => {
    const path = `edges[${index}]`;
    for (const end of ['source', 'target'] as const) {
      const id = edge[end];
      if (!actorIds.has(id)) report('not-actor-id', { value: id, suggestion: suggest(id, actorIds.keys()) }, `${path}.${end}`, id);
    }
    if (!relationSet.has(edge.relation)) {
      report(
        'not-relation',
        { value: edge.relation, allowed: relations, suggestion: suggest(edge.relation, relations) },
        `${path}.relation`,
        edge.relation,
      );
    }
    const maxYear = thisYear + MAX_YEARS_AHEAD;
    let datesPlausible = true;
    for (const field of ['start', 'end'] as const) {
      const value = edge[field];
      if (value === undefined) continue;
      if (!checkDate({ path: `${path}.${field}`, field, value, minYear: MIN_ALLIANCE_YEAR, maxYear }, today, report))
        datesPlausible = false;
    }
    if (
      datesPlausible &&
      edge.start !== undefined &&
      edge.end !== undefined &&
      periodStart(edge.start).slice(0, 7) > periodEndMonth(edge.end)
    ) {
      report('end-before-start', { start: edge.start, end: edge.end }, `${path}.end`, edge.end);
    }
    checkSources(path, edge.sources, edge as unknown as Record<string, unknown>, 'alliance');
  });

  stories.forEach((story, storyIndex) => {
    story.steps.forEach((step, stepIndex) => {
      const focus = new URLSearchParams(step.view).get('focus');
      if (focus !== null && focus !== '' && !actorIds.has(focus)) {
        report(
          'focus-not-actor',
          { focus, suggestion: suggest(focus, actorIds.keys()) },
          `stories[${storyIndex}].steps[${stepIndex}].view`,
          step.view,
        );
      }
    });
  });

  return problems;
}
