import { useEffect, useMemo, useState } from 'react';
import { applyFilters, applyFocus, type Filters, type FocusDepth } from '../filters';
import type { Measures } from '../insight/measures';
import { topologyOf, WHOLE_MAP, type MeasureScope } from '../insight/topology';
import type { AllianceGraph } from '../model/graph';
import type { InsightState } from '../url-state';
import { isNetworkMeasure } from '../view/sizeMeasures';

/** Whether anything on screen reads the measures: a network size or colour, the table, the summary, measures of the view. */
export function measuresNeeded(insight: InsightState): boolean {
  return isNetworkMeasure(insight.size) || insight.colour === 'community' || insight.view !== 'map' || insight.measures === 'view';
}

/** Whether the map's look (sizes, colours) is read from the measures rather than from the graph. */
export function lookReadsMeasures(insight: InsightState): boolean {
  return isNetworkMeasure(insight.size) || insight.colour === 'community' || insight.measures === 'view';
}

interface Result {
  graph: AllianceGraph;
  scope: MeasureScope;
  measures: Measures;
}

/**
 * The measures per actor (src/insight/), on the whole map or on the view the filters and focus
 * leave, loaded and computed only when something reads them, off the main thread for large maps.
 * While new ones are computed, the last ones of the same map stand in; null before the first.
 */
export function useMeasures(graph: AllianceGraph, insight: InsightState, filters: Filters, focusId: string | null, depth: FocusDepth) {
  const needed = measuresNeeded(insight);
  const ofView = insight.measures === 'view';
  const scope = useMemo<MeasureScope>(() => {
    if (!ofView) return WHOLE_MAP;
    const visible = applyFocus(graph, applyFilters(graph, filters), focusId, depth);
    return { nodeIds: visible.visibleNodeIds, edgeIds: visible.visibleEdgeIds };
  }, [graph, ofView, filters, focusId, depth]);
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    if (!needed) return undefined;
    let cancelled = false;
    let cancelRun = () => undefined as void;
    void import('../insight/runMeasures').then(({ runMeasures }) => {
      if (cancelled) return;
      const run = runMeasures(topologyOf(graph, scope));
      cancelRun = () => run.cancel();
      void run.result.then((measures) => {
        if (!cancelled) setResult({ graph, scope, measures });
      });
    });
    return () => {
      cancelled = true;
      cancelRun();
    };
  }, [graph, scope, needed]);

  const current = result && result.graph === graph ? result : null;
  return {
    measures: needed ? (current?.measures ?? null) : null,
    /** The measures shown are those of the scope asked for (false while new ones are computed). */
    upToDate: current !== null && current.scope === scope,
  };
}
