import { SDGS } from '../domain/sdgs';
import type { Lang } from '../domain/types';
import { TIER, matchText } from './match';
import { normalizeText } from './normalize';

export interface SdgSuggestion {
  type: 'sdg';
  number: number;
  /** The goal's name in the interface language. */
  label: string;
  /** What the query matched: "ODD 13", a name or an alias in either language. */
  matchedText: string;
}

// "13", "odd 13", "ODD13", "sdg-13", "objectif 13", "goal 13", "#13".
const NUMBER_QUERY = /^(?:(?:odd|sdg|objectif|goal)\s?)?(\d{1,2})$/;
// "odd climat", "sdg zero hunger": the prefix is dropped before matching names.
const PREFIX = /^(?:odd|sdg|objectif|goal)\s(?=\D)/;
// Names match from this many folded characters on, so that "de" or "la" suggest nothing.
const MIN_NAME_QUERY = 3;

const TERMS = SDGS.map((sdg) => ({
  sdg,
  terms: [sdg.fr, sdg.en, ...sdg.aliases].map((term) => ({ term, folded: normalizeText(term) })),
}));

/**
 * Goals a query refers to, best first: by number ("ODD 13", "SDG 13", "odd13") or by words
 * starting their French or English name or an alias ("climat", "faim zero").
 */
export function searchSdgs(query: string, lang: Lang, limit = 3): SdgSuggestion[] {
  const folded = normalizeText(query);
  if (!folded) return [];
  const numbered = NUMBER_QUERY.exec(folded);
  if (numbered) {
    const sdg = SDGS.find((goal) => goal.number === Number(numbered[1]));
    const prefix = lang === 'fr' ? 'ODD' : 'SDG';
    return sdg && limit > 0 ? [{ type: 'sdg', number: sdg.number, label: sdg[lang], matchedText: `${prefix} ${sdg.number}` }] : [];
  }
  const words = folded.replace(PREFIX, '');
  if (words.length < MIN_NAME_QUERY) return [];
  const found: (SdgSuggestion & { score: number })[] = [];
  for (const { sdg, terms } of TERMS) {
    let best: { score: number; term: string } | null = null;
    for (const { term, folded: text } of terms) {
      const { tier, at } = matchText(text, words, true);
      if (tier === TIER.none) continue;
      const score = tier * 1000 - at;
      if (!best || score > best.score) best = { score, term };
    }
    if (best) found.push({ type: 'sdg', number: sdg.number, label: sdg[lang], matchedText: best.term, score: best.score });
  }
  found.sort((a, b) => b.score - a.score || a.number - b.number);
  return found.slice(0, limit).map(({ score: _score, ...suggestion }) => suggestion);
}
