import { useMemo } from 'react';
import type { Lang } from '../domain/types';
import { applyFilters, applyFocus, countSummary, type Filters, type FocusDepth } from '../filters';
import type { AllianceGraph } from '../model/graph';
import { computeAppearance, type Reading } from '../view/appearance';
import { readingsOnly, statedOnly } from '../view/stated';
import type { Visibility } from '../view/types';
import type { SizeMeasure } from '../view/sizeMeasures';
import { useFacetCounts } from './useFacetCounts';

/** Everything the map shows, derived from the model and the view state by pure functions. */
export function useDerivedView(
  graph: AllianceGraph | null,
  lang: Lang,
  filters: Filters,
  focusId: string | null,
  depth: FocusDepth,
  sizeBy: SizeMeasure,
  reading: Reading = {},
  /** Only what the sources state: what rests on readings alone is faded. */
  stated = false,
) {
  const { colourBy, measures } = reading;
  const drawn = useMemo(
    () => (graph ? computeAppearance(graph, lang, sizeBy, { colourBy, measures }) : null),
    [graph, lang, sizeBy, colourBy, measures],
  );
  const appearance = useMemo(() => (graph && drawn && stated ? statedOnly(drawn, readingsOnly(graph)) : drawn), [graph, drawn, stated]);
  const filtered = useMemo(() => (graph ? applyFilters(graph, filters) : null), [graph, filters]);
  const visible = useMemo(
    () => (graph && filtered ? applyFocus(graph, filtered, focusId, depth) : null),
    [graph, filtered, focusId, depth],
  );
  const visibility = useMemo<Visibility | null>(
    () => (visible ? { visibleNodeIds: visible.visibleNodeIds, visibleEdgeIds: visible.visibleEdgeIds, filtered: filters.filtered } : null),
    [visible, filters.filtered],
  );
  // The filters' counts (several passes over the whole map) wait until the map has been redrawn.
  const facets = useFacetCounts(graph, filters);
  const counts = useMemo(() => (graph && visible ? countSummary(graph, visible) : null), [graph, visible]);
  return { appearance, visibility, facets, counts };
}
