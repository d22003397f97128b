// Filters are plain, serialisable data (docs/url-parameters.md, docs/filters.md). The URL is one
// serialisation of them (src/url-state/filtersCodec.ts); applyFilters (./apply.ts) is their meaning.

/** Which national actors (regions holding "FR") a region filter keeps when "FR" is not selected. */
export type NationalMode = 'linked' | 'all' | 'none';
export const NATIONAL_MODES: readonly NationalMode[] = ['linked', 'all', 'none'];

/** Years, ends inclusive; `null` is an open end (`2020-` has `to: null`, `-2019` has `from: null`). */
export interface YearRange {
  from: number | null;
  to: number | null;
}

export type IsolatedMode = 'hide' | 'show';
export type FilteredMode = 'hide' | 'fade';

export interface Filters {
  /** SDG numbers 1..17; an actor passes if one of its SDGs (own or of its alliances) is here. */
  sdg: number[];
  /** Scope codes (INSEE region codes, or "FR" for national scope). */
  region: string[];
  national: NationalMode;
  /** Actor kinds: built-in kinds or keys of the data file's `meta.kinds`. */
  kind: string[];
  /** Support form codes; an alliance passes if it carries one of them. */
  support: string[];
  /** `null` = no period filter. A range with both ends `null` is treated as no filter. */
  period: YearRange | null;
  /** Whether actors left with no visible alliance stay visible when an alliance filter is active. */
  isolated: IsolatedMode;
  /** Display only: it never changes the visible sets (a faded element counts as not visible). */
  filtered: FilteredMode;
}

export function emptyFilters(): Filters {
  return { sdg: [], region: [], national: 'linked', kind: [], support: [], period: null, isolated: 'hide', filtered: 'hide' };
}

/** The actor filters of section 3: `sdg`, `region` (with `national`), `kind`. */
export type ActorFacet = 'sdg' | 'region' | 'kind';

export function isPeriodActive(period: YearRange | null): period is YearRange {
  return period !== null && (period.from !== null || period.to !== null);
}

export function isActorFilterActive(filters: Filters): boolean {
  return filters.sdg.length > 0 || filters.region.length > 0 || filters.kind.length > 0;
}

/** True when `support` or `period` restricts alliances (this is when `isolated` matters). */
export function isAllianceFilterActive(filters: Filters): boolean {
  return filters.support.length > 0 || isPeriodActive(filters.period);
}

/** True when anything may be hidden. `national`, `isolated` and `filtered` alone hide nothing. */
export function hasActiveFilters(filters: Filters): boolean {
  return isActorFilterActive(filters) || isAllianceFilterActive(filters);
}

/** What the filters leave visible. Faded elements are not in these sets. */
export interface VisibleSets {
  visibleNodeIds: Set<string>;
  visibleEdgeIds: Set<string>;
  /** A of section 3: the actors that pass every active actor filter. */
  actorPass: Set<string>;
}
