import { isBuiltInKind } from '../domain/kinds';
import { isScopeCode, SCOPES } from '../domain/regions';
import { isSdgNumber } from '../domain/sdgs';
import { isSupportCode, SUPPORT_CODES } from '../domain/supportForms';
import {
  emptyFilters,
  isPeriodActive,
  NATIONAL_MODES,
  type Filters,
  type FilteredMode,
  type IsolatedMode,
  type YearRange,
} from '../filters/types';
import { plainSort, readChoice, readList, sortByOrder } from './read';
import type { Codec, Dropped, Parsed } from './types';

const ISOLATED: readonly IsolatedMode[] = ['hide', 'show'];
const FILTERED: readonly FilteredMode[] = ['hide', 'fade'];
const SCOPE_ORDER = SCOPES.map((scope) => scope.code);

/** A kind at parse time: built-in or kebab-case (the data file's `meta.kinds` are not known yet). */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function toSdg(item: string): number | null {
  if (!/^\d{1,3}$/.test(item)) return null;
  const sdg = Number(item);
  return isSdgNumber(sdg) ? sdg : null;
}

export function toScope(item: string): string | null {
  const code = item.toUpperCase();
  return isScopeCode(code) ? code : null;
}

export function toKind(item: string): string | null {
  return isBuiltInKind(item) || KEBAB.test(item) ? item : null;
}

export function toSupport(item: string): string | null {
  return isSupportCode(item) ? item : null;
}

const YEAR = /^\d{4}$/;

/**
 * `2018-2022`, `2020-` (to=null), `-2019` (from=null); a single year `2020` reads as `2020-2020`.
 * Years have four digits. A reversed range (`2022-2018`) or `-` alone is dropped, not swapped.
 */
export function toPeriod(text: string): YearRange | null {
  const value = text.trim();
  if (YEAR.test(value)) return { from: Number(value), to: Number(value) };
  const match = /^(\d{4})?\s*-\s*(\d{4})?$/.exec(value);
  if (match === null) return null;
  const from = match[1] === undefined ? null : Number(match[1]);
  const to = match[2] === undefined ? null : Number(match[2]);
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

export function periodToString(period: YearRange): string {
  return `${period.from ?? ''}-${period.to ?? ''}`;
}

/** The canonical form of filters: lists deduplicated in canonical order, an empty period as null. */
export function canonicalFilters(filters: Filters): Filters {
  return {
    ...filters,
    sdg: [...new Set(filters.sdg)].sort((a, b) => a - b),
    region: sortByOrder([...new Set(filters.region)], SCOPE_ORDER),
    kind: plainSort(filters.kind),
    support: sortByOrder([...new Set(filters.support)], SUPPORT_CODES),
    period: isPeriodActive(filters.period) ? { from: filters.period.from, to: filters.period.to } : null,
  };
}

function readPeriod(params: URLSearchParams, dropped: Dropped[]): YearRange | null {
  let period: YearRange | null = null;
  for (const raw of params.getAll('period')) {
    if (raw.trim() === '') continue;
    const parsed = toPeriod(raw);
    if (parsed === null) dropped.push({ param: 'period', value: raw });
    else if (period === null) period = parsed;
    else if (periodToString(parsed) !== periodToString(period)) dropped.push({ param: 'period', value: raw });
  }
  return period;
}

function parseFilters(params: URLSearchParams): Parsed<Filters> {
  const dropped: Dropped[] = [];
  const defaults = emptyFilters();
  // Read in parameter order, so `dropped` follows it too.
  const sdg = readList(params, 'sdg', toSdg, dropped);
  const region = readList(params, 'region', toScope, dropped);
  const national = readChoice(params, 'national', NATIONAL_MODES, defaults.national, dropped);
  const kind = readList(params, 'kind', toKind, dropped);
  const support = readList(params, 'support', toSupport, dropped);
  const period = readPeriod(params, dropped);
  const isolated = readChoice(params, 'isolated', ISOLATED, defaults.isolated, dropped);
  const filtered = readChoice(params, 'filtered', FILTERED, defaults.filtered, dropped);
  return { value: canonicalFilters({ sdg, region, national, kind, support, period, isolated, filtered }), dropped };
}

function serializeFilters(filters: Filters): Array<[string, string]> {
  const canonical = canonicalFilters(filters);
  const defaults = emptyFilters();
  const pairs: Array<[string, string]> = [];
  if (canonical.sdg.length > 0) pairs.push(['sdg', canonical.sdg.join(',')]);
  if (canonical.region.length > 0) pairs.push(['region', canonical.region.join(',')]);
  if (canonical.national !== defaults.national) pairs.push(['national', canonical.national]);
  if (canonical.kind.length > 0) pairs.push(['kind', canonical.kind.join(',')]);
  if (canonical.support.length > 0) pairs.push(['support', canonical.support.join(',')]);
  if (canonical.period !== null) pairs.push(['period', periodToString(canonical.period)]);
  if (canonical.isolated !== defaults.isolated) pairs.push(['isolated', canonical.isolated]);
  if (canonical.filtered !== defaults.filtered) pairs.push(['filtered', canonical.filtered]);
  return pairs;
}

/** `sdg`, `region`, `national`, `kind`, `support`, `period`, `isolated`, `filtered`. */
export const filtersCodec: Codec<Filters> = {
  params: ['sdg', 'region', 'national', 'kind', 'support', 'period', 'isolated', 'filtered'],
  defaults: emptyFilters,
  parse: parseFilters,
  serialize: serializeFilters,
};
