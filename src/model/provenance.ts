// Stated facts and readings (docs/data-format.md, "Stated facts and readings"): for each fact of
// an actor or an alliance, the citations that support it, and whether the sources state it (a
// citation with its quote) or only the map's author reads it so (a citation with a `reason`).
import { joinPath } from './problemPath';
import type { ActorRecord, AllianceRecord, DataFile, SourceRef } from './types';

/** The facts of an actor, besides each of its attributes (`attributes.KEY`). */
export const ACTOR_FACTS = ['label', 'kind', 'category', 'regions', 'sdgs', 'founded', 'members'] as const;
/** The facts of an alliance, besides each of its attributes. */
export const ALLIANCE_FACTS = ['relation', 'support', 'amount', 'start', 'end', 'sdgs'] as const;
/** Facts that are lists: a citation may name one of their items, as `sdgs.13` or `support.engineering`. */
export const LIST_FACTS: ReadonlySet<string> = new Set(['regions', 'sdgs', 'support']);

/** Stated by a quote, only read so by the map's author, or neither. */
export type Standing = 'stated' | 'reading' | 'none';

export interface Provenance {
  standing: Standing;
  /** The citations that state the fact (no `reason`). */
  stated: SourceRef[];
  /** The readings of it (with a `reason`). */
  readings: SourceRef[];
}

export type ElementRecord = ActorRecord | AllianceRecord;

export function isReading(ref: SourceRef): boolean {
  return ref.reason !== undefined;
}

/** Whether an entry of `fields` names the fact: itself, an attribute by its bare key, a part (`members.count`) or, given an item, that item. */
function names(entry: string, fact: string, item: string | undefined): boolean {
  if (entry === fact) return true;
  if (fact.startsWith('attributes.') && entry === fact.slice('attributes.'.length)) return true;
  return item === undefined ? entry.startsWith(`${fact}.`) : entry === `${fact}.${item}`;
}

/** Whether a citation supports a fact (or one item of a list fact); without `fields` it supports the whole element. */
export function supports(ref: SourceRef, fact: string, item?: string | number): boolean {
  const itemText = item === undefined ? undefined : String(item);
  return ref.fields === undefined || ref.fields.some((entry) => names(entry, fact, itemText));
}

/** Who says a fact (or one item of a list fact): the citations that state it, the readings, and which wins. */
export function provenanceOf(sources: readonly SourceRef[] | undefined, fact: string, item?: string | number): Provenance {
  const matching = (sources ?? []).filter((ref) => supports(ref, fact, item));
  const stated = matching.filter((ref) => !isReading(ref));
  const readings = matching.filter(isReading);
  return { standing: stated.length > 0 ? 'stated' : readings.length > 0 ? 'reading' : 'none', stated, readings };
}

/** The weakest of several standings: a list is stated only when every item is. */
export function weakest(standings: readonly Standing[]): Standing {
  if (standings.includes('none')) return 'none';
  return standings.includes('reading') ? 'reading' : 'stated';
}

/** One fact an element has: its field, and for a list its items. */
export interface Fact {
  field: string;
  items?: readonly (string | number)[];
}

/** The facts an element has (absent fields and empty lists left out), in the order of the format. */
export function factsOf(record: ElementRecord): Fact[] {
  const fields: readonly string[] = 'relation' in record ? ALLIANCE_FACTS : ACTOR_FACTS;
  const values = record as unknown as Record<string, unknown>;
  const facts: Fact[] = [];
  for (const field of fields) {
    const value = values[field];
    if (value === undefined) continue;
    if (LIST_FACTS.has(field) && Array.isArray(value)) {
      if (value.length > 0) facts.push({ field, items: value as (string | number)[] });
    } else facts.push({ field });
  }
  for (const key of Object.keys(record.attributes ?? {})) facts.push({ field: `attributes.${key}` });
  return facts;
}

/** The standing of a whole fact: a list's is its weakest item's. */
export function factStanding(record: ElementRecord, fact: Fact): Standing {
  if (fact.items === undefined) return provenanceOf(record.sources, fact.field).standing;
  return weakest(fact.items.map((item) => provenanceOf(record.sources, fact.field, item).standing));
}

/** A fact, or an item of a list fact, that has neither a quote nor a reading. */
export interface Gap {
  /** Where it is in the file: `nodes[3].category`, `edges[0].sdgs[1]`, `nodes[0].attributes.vision`. */
  path: string;
  /** The fact, as `fields` would name it: `category`, `sdgs.13`, `attributes.vision`. */
  field: string;
  element: 'actor' | 'alliance';
  id: string;
}

/** How many facts (list items counted one by one) are stated, read, or neither. */
export interface ProvenanceSummary {
  stated: number;
  readings: number;
  gaps: Gap[];
}

/** Every fact of every actor and alliance of a file, by standing; gaps in the order of the file. */
export function provenanceSummary(file: DataFile): ProvenanceSummary {
  const summary: ProvenanceSummary = { stated: 0, readings: 0, gaps: [] };
  const visit = (record: ElementRecord, collection: 'nodes' | 'edges', index: number) => {
    const element = collection === 'nodes' ? 'actor' : 'alliance';
    for (const fact of factsOf(record)) {
      const [head, key] = fact.field.startsWith('attributes.') ? ['attributes', fact.field.slice('attributes.'.length)] : [fact.field];
      const at = key === undefined ? joinPath(collection, index, head ?? fact.field) : joinPath(collection, index, 'attributes', key);
      const parts = fact.items?.map((item, itemIndex) => ({ item, path: `${at}[${itemIndex}]`, field: `${fact.field}.${item}` })) ?? [
        { item: undefined, path: at, field: fact.field },
      ];
      for (const part of parts) {
        const { standing } = provenanceOf(record.sources, fact.field, part.item);
        if (standing === 'stated') summary.stated += 1;
        else if (standing === 'reading') summary.readings += 1;
        else summary.gaps.push({ path: part.path, field: part.field, element, id: record.id });
      }
    }
  };
  file.nodes.forEach((node, index) => visit(node, 'nodes', index));
  file.edges.forEach((edge, index) => visit(edge, 'edges', index));
  return summary;
}
