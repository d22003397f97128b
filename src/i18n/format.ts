import type { Lang } from '../domain/types';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** `20 000 €` in French, `€20,000` in English. */
export function formatAmount(amount: number, currency: string | undefined, lang: Lang): string {
  if (!currency) return formatNumber(amount, lang);
  try {
    return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${formatNumber(amount, lang)} ${currency}`;
  }
}

/** A data date ("2021", "2021-05" or "2021-05-29") in the reader's language: `mai 2021`. */
export function formatDataDate(value: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year ?? value;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  return dateFormat(lang, day !== undefined).format(date);
}

/** Makes the month-and-year format now (the header's "updated" date), while nothing else runs. */
export function warmDateFormat(lang: Lang): void {
  dateFormat(lang, false);
}

// Making a date format costs far more than using one (tens of ms for the first): one per need.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${String(withDay)}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(LOCALES[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** The label of an actor in the interface language, falling back to its main label. */
export function localLabel(label: string, labels: Partial<Record<string, string>> | undefined, lang: Lang): string {
  return labels?.[lang] ?? label;
}
