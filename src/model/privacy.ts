import { isRecord } from './isRecord';
import { findPrivateValues, heldValue, type PrivateValue } from './privateValues';
import type { AllianceRecord, ActorRecord, DataFile, SourceRef } from './types';

/** A citation a publish build removed, and why. */
export interface DroppedCitation {
  /** Its place in the file, as `nodes[2].sources[0]`. */
  path: string;
  /** `fields`: every field it supports is private; `quote`: its quote holds a private value. */
  reason: 'fields' | 'quote';
  /** For `quote`: the private field whose value the quote holds, as `nodes[0].attributes.email`. */
  field?: string;
}

export interface PublishedFile {
  /** The file without anything `meta.private` names. */
  file: DataFile;
  dropped: DroppedCitation[];
  /**
   * The text of every private value removed (4 characters or more), to check that none remains
   * anywhere, in the file or beside it.
   */
  values: PrivateValue[];
}

type Element = ActorRecord | AllianceRecord;
type Entries = Array<[string, unknown]>;

/** The record rebuilt key by key, in its order (`entry` gives each key's new entries, or none). */
function rebuild<T extends object>(record: T, entry: (key: string, value: unknown) => Entries): T {
  // fromEntries defines own properties: a key "__proto__" stays a key, never a prototype.
  return Object.fromEntries(Object.entries(record).flatMap(([key, value]) => entry(key, value))) as unknown as T;
}

/**
 * `value` without the keys `isPrivate` names, at every depth; the values removed go into
 * `removed`. The key `untouched` of `value` itself is kept as it is.
 */
function withoutPrivate(
  value: unknown,
  path: string,
  isPrivate: (key: string) => boolean,
  removed: PrivateValue[],
  untouched?: string,
): unknown {
  if (Array.isArray(value)) return value.map((item, index) => withoutPrivate(item, `${path}[${index}]`, isPrivate, removed));
  if (!isRecord(value)) return value;
  return rebuild(value, (key, child) => {
    if (key === untouched) return [[key, child]];
    if (!isPrivate(key)) return [[key, withoutPrivate(child, `${path}.${key}`, isPrivate, removed)]];
    removed.push(...findPrivateValues(child, `${path}.${key}`));
    return [];
  });
}

/**
 * The file as a publish build ships it: every key that `meta.private` names (an e-mail, a phone
 * number…), compared without case, is removed from every actor and alliance at every depth (as a
 * field, inside `attributes`, inside a list). Citations follow: a `fields` entry naming a removed
 * field is dropped; a citation whose fields were all removed goes, with its quote; a quote that
 * holds a removed value goes too (reported, so the build can say so). `meta.private` itself is
 * kept, so the published file still says what was withheld.
 */
export function stripPrivate(file: DataFile): PublishedFile {
  const names = new Set((file.meta.private ?? []).map((name) => name.toLowerCase()));
  if (names.size === 0) return { file, dropped: [], values: [] };
  const isPrivate = (key: string) => names.has(key.toLowerCase());
  const values: PrivateValue[] = [];
  const dropped: DroppedCitation[] = [];

  // Citations are kept as they are here, and in their place: the next step reads them.
  const stripRecord = <T extends Element>(record: T, path: string): T => withoutPrivate(record, path, isPrivate, values, 'sources') as T;
  const nodes = file.nodes.map((node, index) => stripRecord(node, `nodes[${index}]`));
  const edges = file.edges.map((edge, index) => stripRecord(edge, `edges[${index}]`));

  const citations = (ref: SourceRef, path: string): SourceRef | null => {
    const fields = ref.fields?.filter((field) => !field.split('.').some(isPrivate));
    if (ref.fields && ref.fields.length > 0 && fields?.length === 0) {
      dropped.push({ path, reason: 'fields' });
      return null;
    }
    // A reading's reason is the author's words about the source: it may repeat a withheld value too.
    const held = heldValue([ref.quote ?? '', ref.reason ?? ''].join('\n'), values);
    if (held) {
      dropped.push({ path, reason: 'quote', field: held.path });
      return null;
    }
    return fields && fields.length !== ref.fields?.length ? { ...ref, fields } : ref;
  };
  const withCitations = <T extends Element>(record: T, path: string): T => {
    if (!record.sources) return record;
    const sources = record.sources
      .map((ref, index) => citations(ref, `${path}.sources[${index}]`))
      .filter((ref): ref is SourceRef => ref !== null);
    return rebuild(record, (key, value) => (key !== 'sources' ? [[key, value]] : sources.length > 0 ? [[key, sources]] : []));
  };
  return {
    file: {
      ...file,
      nodes: nodes.map((node, index) => withCitations(node, `nodes[${index}]`)),
      edges: edges.map((edge, index) => withCitations(edge, `edges[${index}]`)),
    },
    dropped,
    values,
  };
}
