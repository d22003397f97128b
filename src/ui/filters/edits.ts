// Pure helpers of the filters panel: turning a click into the next Filters value. No React
// here, so they are easy to test.
import { emptyFilters, isPeriodActive, type Filters, type YearRange } from '../../filters/types';
import type { TranslationKey } from '../../i18n/keys';

/** Adds or removes `option`, keeping the options in the canonical order of `order`. */
export function toggleOption<O>(selected: readonly O[], option: O, order: readonly O[]): O[] {
  const next = new Set(selected);
  if (next.has(option)) next.delete(option);
  else next.add(option);
  const rank = (value: O): number => {
    const index = order.indexOf(value);
    return index < 0 ? order.length : index;
  };
  return [...next].sort((a, b) => rank(a) - rank(b));
}

/** The section filters a "clear" button of the panel empties. */
export type FilterSection = 'sdg' | 'region' | 'kind' | 'support' | 'period';

export function isSectionActive(filters: Filters, section: FilterSection): boolean {
  return section === 'period' ? isPeriodActive(filters.period) : filters[section].length > 0;
}

/** Empties one filter. Clearing the region filter also puts `national` back to its default. */
export function clearSection(filters: Filters, section: FilterSection): Filters {
  switch (section) {
    case 'period':
      return { ...filters, period: null };
    case 'region':
      return { ...filters, region: [], national: emptyFilters().national };
    default:
      return { ...filters, [section]: [] };
  }
}

/** Empties every filter; the display options (`isolated`, `filtered`) stay as they are. */
export function clearAllFilters(filters: Filters): Filters {
  return { ...emptyFilters(), isolated: filters.isolated, filtered: filters.filtered };
}

/**
 * A new period with one end changed, `null` being an open end. The other end moves along when
 * the two would cross, and a period with both ends open is no filter (`null`).
 */
export function setPeriodEnd(period: YearRange | null, end: 'from' | 'to', year: number | null): YearRange | null {
  const next: YearRange = { from: period?.from ?? null, to: period?.to ?? null, [end]: year };
  if (next.from !== null && next.to !== null && next.from > next.to) {
    if (end === 'from') next.to = next.from;
    else next.from = next.to;
  }
  return next.from === null && next.to === null ? null : next;
}

/** A year typed in a box: four digits, or empty for an open end; `undefined` while incomplete. */
export function parseYearInput(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** How the period reads, as an i18n key and its values. */
export function periodSummary(period: YearRange | null): { key: TranslationKey; values: Record<string, number> } {
  if (!isPeriodActive(period)) return { key: 'filters.period.all', values: {} };
  const { from, to } = period;
  if (from !== null && to !== null)
    return from === to ? { key: 'filters.period.single', values: { from } } : { key: 'filters.period.range', values: { from, to } };
  if (from !== null) return { key: 'filters.period.since', values: { from } };
  return { key: 'filters.period.until', values: { to: to ?? 0 } };
}
