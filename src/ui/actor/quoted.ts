import type { Lang } from '../../domain/types';

/** A quote in the reader's typography: « … » in French, “…” in English. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}
