// What the schema cannot say about a data file: ids unique, references that resolve, kinds and
// relations declared, region codes that exist, dates that make sense. Runs on a file whose
// structure the schema has accepted. Rules: docs/data-format.md, "Reference rules".
import { BUILT_IN_KINDS, BUILT_IN_RELATIONS, NATIONAL_SCOPE, REGIONS, scopeByCode } from '../domain';
import { makeProblem } from './messages';
import type { DateField, IdElement } from './messages';
import { closestMatch } from './problemPath';
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
}

function hasKey(record: Record<string, unknown> | undefined, key: string): boolean {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key);
}

/** Reports the elements whose id was already used (`duplicate actor id "x" (also used by nodes[0])`). */
function checkUnique(
  items: readonly { id: string }[],
  collection: string,
  element: IdElement,
  problems: Problem[],
  seen = new Map<string, string>(),
): Map<string, string> {
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push(makeProblem('duplicate-id', { id: item.id, element, first }, `${collection}[${index}].id`, item.id));
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

function checkDate({ path, field, value, minYear, maxYear }: DateRule, today: string, problems: Problem[]): void {
  const year = Number(value.slice(0, 4));
  if (value.length === 10 && !isRealDay(value)) {
    problems.push(makeProblem('not-real-date', { field, value }, path, value));
  } else if (year < minYear || year > maxYear) {
    problems.push(makeProblem('implausible-year', { field, value, min: minYear, max: maxYear }, path, value));
  } else if (field === 'founded' && periodStart(value) > today) {
    problems.push(makeProblem('future-date', { field, value }, path, value));
  }
}

export function checkReferences(file: DataFile, options: ReferenceCheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const now = options.today ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const thisYear = now.getUTCFullYear();
  const { meta, nodes, edges, stories = [] } = file;

  // Declarations.
  const sourceIds = checkUnique(meta.sources ?? [], 'meta.sources', 'source', problems);
  const kinds = [...BUILT_IN_KINDS, ...Object.keys(meta.kinds ?? {}).filter((key) => !(BUILT_IN_KINDS as readonly string[]).includes(key))];
  const relations = [
    ...BUILT_IN_RELATIONS,
    ...Object.keys(meta.relations ?? {}).filter((key) => !(BUILT_IN_RELATIONS as readonly string[]).includes(key)),
  ];
  if (meta.updated !== undefined && !isRealDay(meta.updated)) {
    problems.push(makeProblem('not-real-date', { field: 'updated', value: meta.updated }, 'meta.updated', meta.updated));
  }

  // Ids: unique among actors, among alliances, and across both (one Cytoscape namespace).
  const actorIds = checkUnique(nodes, 'nodes', 'actor', problems);
  const edgeIds = checkUnique(edges, 'edges', 'alliance', problems);
  for (const [id, where] of edgeIds) {
    const actor = actorIds.get(id);
    if (actor !== undefined) problems.push(makeProblem('id-shared-with-actor', { id, actor }, `${where}.id`, id));
  }
  checkUnique(stories, 'stories', 'story', problems);

  const checkSources = (
    path: string,
    refs: readonly SourceRef[] | undefined,
    element: Record<string, unknown>,
    noun: 'actor' | 'alliance',
  ): void => {
    (refs ?? []).forEach((ref, index) => {
      const refPath = `${path}.sources[${index}]`;
      if (ref.doc !== undefined && !sourceIds.has(ref.doc)) {
        const params = { value: ref.doc, declared: [...sourceIds.keys()], suggestion: closestMatch(ref.doc, sourceIds.keys()) };
        problems.push(makeProblem('not-source-id', params, `${refPath}.doc`, ref.doc));
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
          problems.push(makeProblem('not-list-item', params, `${refPath}.fields[${fieldIndex}]`, field));
          return;
        }
        if (hasKey(element, head) || hasKey(attributes, field) || hasKey(attributes, head)) return;
        const known = [...Object.keys(element), ...Object.keys(attributes ?? {})];
        problems.push(
          makeProblem(
            'not-element-field',
            { field, element: noun, suggestion: closestMatch(field, known) },
            `${refPath}.fields[${fieldIndex}]`,
            field,
          ),
        );
      });
    });
  };

  nodes.forEach((node, index) => {
    const path = `nodes[${index}]`;
    if (!kinds.includes(node.kind)) {
      problems.push(
        makeProblem(
          'not-actor-kind',
          { value: node.kind, allowed: kinds, suggestion: closestMatch(node.kind, kinds) },
          `${path}.kind`,
          node.kind,
        ),
      );
    }
    (node.regions ?? []).forEach((code, regionIndex) => {
      if (scopeByCode(code) !== undefined) return;
      const codes = REGIONS.map((region) => region.code);
      problems.push(makeProblem('not-region', { value: code, codes, national: NATIONAL_SCOPE }, `${path}.regions[${regionIndex}]`, code));
    });
    if (node.founded !== undefined) {
      checkDate(
        { path: `${path}.founded`, field: 'founded', value: node.founded, minYear: MIN_FOUNDED_YEAR, maxYear: thisYear },
        today,
        problems,
      );
    }
    checkSources(path, node.sources, node as unknown as Record<string, unknown>, 'actor');
  });

  edges.forEach((edge, index) => {
    const path = `edges[${index}]`;
    for (const end of ['source', 'target'] as const) {
      const id = edge[end];
      if (!actorIds.has(id))
        problems.push(makeProblem('not-actor-id', { value: id, suggestion: closestMatch(id, actorIds.keys()) }, `${path}.${end}`, id));
    }
    if (!relations.includes(edge.relation)) {
      problems.push(
        makeProblem(
          'not-relation',
          { value: edge.relation, allowed: relations, suggestion: closestMatch(edge.relation, relations) },
          `${path}.relation`,
          edge.relation,
        ),
      );
    }
    const maxYear = thisYear + MAX_YEARS_AHEAD;
    let datesPlausible = true;
    for (const field of ['start', 'end'] as const) {
      const value = edge[field];
      if (value === undefined) continue;
      const before = problems.length;
      checkDate({ path: `${path}.${field}`, field, value, minYear: MIN_ALLIANCE_YEAR, maxYear }, today, problems);
      if (problems.length > before) datesPlausible = false;
    }
    if (
      datesPlausible &&
      edge.start !== undefined &&
      edge.end !== undefined &&
      periodStart(edge.start).slice(0, 7) > periodEndMonth(edge.end)
    ) {
      problems.push(makeProblem('end-before-start', { start: edge.start, end: edge.end }, `${path}.end`, edge.end));
    }
    checkSources(path, edge.sources, edge as unknown as Record<string, unknown>, 'alliance');
  });

  stories.forEach((story, storyIndex) => {
    story.steps.forEach((step, stepIndex) => {
      const focus = new URLSearchParams(step.view).get('focus');
      if (focus !== null && focus !== '' && !actorIds.has(focus)) {
        problems.push(
          makeProblem(
            'focus-not-actor',
            { focus, suggestion: closestMatch(focus, actorIds.keys()) },
            `stories[${storyIndex}].steps[${stepIndex}].view`,
            step.view,
          ),
        );
      }
    });
  });

  return problems;
}
