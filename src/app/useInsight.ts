import { useCallback, useMemo } from 'react';
import type { AllianceGraph } from '../model/graph';
import type { InsightState, ViewState } from '../url-state';
import type { Reading } from '../view/appearance';
import type { Producer } from './producers';
import { lookReadsMeasures, useMeasures } from './useMeasures';
import type { HistoryMode } from './useViewState';

/** Changes part of the reading (view, table, sizes, colours, arrangement) of the view state. */
export const setInsight =
  (patch: Partial<InsightState>): Producer =>
  (current) => ({ ...current, insight: { ...current.insight, ...patch } });

/** Switches between the force and the geographic arrangement; the map is framed afresh. */
export const toggleArrange: Producer = (current) => ({
  ...current,
  insight: { ...current.insight, arrange: current.insight.arrange === 'geo' ? 'force' : 'geo' },
  camera: null,
});

/**
 * How the reader reads the ecosystem (the URL's view, size, color, arrange… parameters): the
 * measures behind it and what the map's look takes from them.
 */
export function useInsight(graph: AllianceGraph, state: ViewState, update: (producer: Producer, mode?: HistoryMode) => void) {
  const { insight, filters, focus } = state;
  const { measures, upToDate } = useMeasures(graph, insight, filters, focus.id, focus.depth);
  const readsMeasures = lookReadsMeasures(insight);
  const reading = useMemo<Reading>(
    () => ({ colourBy: insight.colour, measures: readsMeasures ? measures : null }),
    [insight.colour, readsMeasures, measures],
  );
  const set = useCallback((patch: Partial<InsightState>, mode: HistoryMode = 'push') => update(setInsight(patch), mode), [update]);
  const toggle = useCallback(() => update(toggleArrange), [update]);
  return { insight, measures, measuring: readsMeasures && !upToDate, reading, set, toggleArrange: toggle };
}
