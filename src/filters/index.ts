export * from './types';
export { applyFilters, applyFocus, type FocusDepth } from './apply';
export { FACET_NAMES, facetCount, facetCounts, type FacetCount, type FacetCounts, type FacetName } from './facets';
export { countSummary, type CountSummary } from './counts';
export { actorSdgIndex, actorSdgSet, linkedToRegions, overlapsPeriod, regionTest, sdgTest, yearOf } from './predicates';
export { allianceYears, type YearSpan } from './years';
