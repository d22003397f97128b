import type { Lang } from '../domain/types';
import { localLabel } from '../i18n/format';
import type { AllianceGraph } from '../model/graph';
import { foldText, normalizeText, type FoldedText } from './normalize';
import { TIER, matchText } from './match';

/** Which text of an actor a query matched. */
export type SearchField = 'label' | 'otherLabel' | 'category' | 'members' | 'description';

// A match on the shown label counts fully; other texts count less, the description least, so
// that a word starting a label always ranks above a word inside a description.
const FIELD_WEIGHTS: Record<SearchField, number> = {
  label: 1,
  otherLabel: 0.95,
  category: 0.6,
  members: 0.45,
  description: 0.3,
};

// Texts longer than this are shown as an excerpt around the match.
const EXCERPT_BEFORE = 30;
const EXCERPT_AFTER = 60;

interface IndexedText {
  field: SearchField;
  text: string;
  folded: FoldedText;
}

export interface SearchEntry {
  id: string;
  /** The label in the index's language. */
  label: string;
  kind: string;
  category?: string;
  texts: IndexedText[];
}

export interface SearchIndex {
  lang: Lang;
  entries: SearchEntry[];
}

export interface ActorMatch {
  id: string;
  label: string;
  kind: string;
  category?: string;
  /** The text the query matched: the label, or an excerpt of a longer text. */
  matchedText: string;
  field: SearchField;
  score: number;
}

/** Folds every searchable text of every actor once, for `searchActors`. */
export function buildSearchIndex(graph: AllianceGraph, lang: Lang): SearchIndex {
  const entries: SearchEntry[] = [];
  graph.forEachNode((id, actor) => {
    const label = localLabel(actor.label, actor.labels, lang);
    const texts: IndexedText[] = [];
    const add = (field: SearchField, text: string | undefined) => {
      if (typeof text !== 'string' || !text.trim()) return;
      if (texts.some((known) => known.text === text)) return;
      texts.push({ field, text, folded: foldText(text) });
    };
    add('label', label);
    add('otherLabel', actor.label);
    for (const other of Object.values(actor.labels ?? {})) add('otherLabel', other);
    add('category', actor.category);
    add('members', actor.members?.note);
    add('description', actor.description);
    entries.push({ id, label, kind: actor.kind, ...(actor.category ? { category: actor.category } : {}), texts });
  });
  return { lang, entries };
}

/** The part of `text` around a match, cut at spaces, with ellipses where cut. */
export function excerpt(text: string, start: number, end: number): string {
  if (text.length <= EXCERPT_BEFORE + EXCERPT_AFTER) return text;
  let from = Math.max(0, start - EXCERPT_BEFORE);
  let to = Math.min(text.length, Math.max(end, start + EXCERPT_AFTER));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Actors matching a query, best first: exact and starting matches, then words starting with the
 * query, then the query inside words; labels before categories, group notes and descriptions.
 * Ties go to the shorter label, then alphabetical order. A one-letter query only matches word
 * starts.
 */
export function searchActors(index: SearchIndex, query: string, limit = 8): ActorMatch[] {
  const folded = normalizeText(query);
  if (!folded || limit <= 0) return [];
  const prefixesOnly = folded.length < 2;
  const matches: (ActorMatch & { position: number })[] = [];
  for (const entry of index.entries) {
    let best: (ActorMatch & { position: number }) | null = null;
    for (const indexed of entry.texts) {
      const match = matchText(indexed.folded.text, folded, prefixesOnly);
      if (match.tier === TIER.none) continue;
      const score = match.tier * FIELD_WEIGHTS[indexed.field];
      if (best && (score < best.score || (score === best.score && match.at >= best.position))) continue;
      const { offsets } = indexed.folded;
      const start = offsets[match.at] ?? 0;
      const end = match.end < offsets.length ? (offsets[match.end] ?? indexed.text.length) : indexed.text.length;
      best = {
        id: entry.id,
        label: entry.label,
        kind: entry.kind,
        ...(entry.category ? { category: entry.category } : {}),
        matchedText: indexed.field === 'description' || indexed.field === 'members' ? excerpt(indexed.text, start, end) : indexed.text,
        field: indexed.field,
        score,
        position: match.at,
      };
    }
    if (best) matches.push(best);
  }
  const collator = new Intl.Collator(index.lang, { sensitivity: 'base' });
  matches.sort(
    (a, b) => b.score - a.score || a.position - b.position || a.label.length - b.label.length || collator.compare(a.label, b.label),
  );
  return matches.slice(0, limit).map(({ position: _position, ...match }) => match);
}
