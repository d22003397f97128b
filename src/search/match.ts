// How well a folded query matches a folded text. Higher tiers are better; 0 is no match.

export const TIER = {
  exact: 100,
  start: 90,
  wordPrefix: 80,
  allWordPrefixes: 60,
  substring: 40,
  allSubstrings: 20,
  none: 0,
} as const;

export interface TextMatch {
  tier: number;
  /** Index in the folded text where the match begins. */
  at: number;
  /** Index in the folded text where the match ends (exclusive). */
  end: number;
}

const NO_MATCH: TextMatch = { tier: TIER.none, at: -1, end: -1 };

/** Where `token` begins a word of `text`, from `from` on; -1 if nowhere. */
function wordPrefixAt(text: string, token: string, from = 0): number {
  let at = text.indexOf(token, from);
  while (at !== -1) {
    if (at === 0 || text[at - 1] === ' ') return at;
    at = text.indexOf(token, at + 1);
  }
  return -1;
}

/** The match of the token found first in the text. */
function earliest(tier: number, tokens: string[], starts: number[]): TextMatch {
  let best = 0;
  starts.forEach((at, index) => {
    if (at < (starts[best] ?? Infinity)) best = index;
  });
  const at = starts[best] ?? 0;
  return { tier, at, end: at + (tokens[best]?.length ?? 0) };
}

/**
 * Scores a folded query against a folded text: the whole text, its start, the start of a word
 * (the query as a phrase, then every query word on its own), anywhere. With `prefixesOnly`,
 * matches inside words do not count (for one-letter queries and SDG names).
 */
export function matchText(text: string, query: string, prefixesOnly = false): TextMatch {
  if (!query || !text) return NO_MATCH;
  if (text === query) return { tier: TIER.exact, at: 0, end: text.length };
  if (text.startsWith(query)) return { tier: TIER.start, at: 0, end: query.length };
  const phrase = wordPrefixAt(text, query);
  if (phrase !== -1) return { tier: TIER.wordPrefix, at: phrase, end: phrase + query.length };
  const tokens = query.split(' ');
  if (tokens.length > 1) {
    const starts = tokens.map((token) => wordPrefixAt(text, token));
    if (starts.every((at) => at !== -1)) return earliest(TIER.allWordPrefixes, tokens, starts);
  }
  if (prefixesOnly) return NO_MATCH;
  const inside = text.indexOf(query);
  if (inside !== -1) return { tier: TIER.substring, at: inside, end: inside + query.length };
  if (tokens.length > 1) {
    const starts = tokens.map((token) => text.indexOf(token));
    if (starts.every((at) => at !== -1)) return earliest(TIER.allSubstrings, tokens, starts);
  }
  return NO_MATCH;
}
