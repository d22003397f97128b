// Text folding for search: what people type ("reseau", "villes au carre") must find what the data
// says ("Réseau", "Villes au Carré").

/** Folded text, with for each of its characters the index in the source it came from. */
export interface FoldedText {
  text: string;
  offsets: number[];
}

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Letters that NFD does not decompose but people type as two letters.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/**
 * Lowercases, strips accents and other diacritics (NFD), turns every run of spaces and
 * punctuation (« » ’ ' - / & …) into one space and trims; keeps where each character came from.
 */
export function foldText(source: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = false;
  let index = 0;
  for (const char of source) {
    const start = index;
    index += char.length;
    const lower = char.toLowerCase().normalize('NFD').replace(MARKS, '');
    const folded = LIGATURES[lower] ?? lower;
    for (const c of folded) {
      if (!WORD_CHAR.test(c)) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        offsets.push(start);
        pendingSpace = false;
      }
      text += c;
      offsets.push(start);
    }
  }
  return { text, offsets };
}

/** `"  Villes au Carré « ODD17 »"` → `"villes au carre odd17"`. */
export function normalizeText(source: string): string {
  return foldText(source).text;
}
