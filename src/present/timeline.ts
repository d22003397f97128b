// The timeline: the ecosystem's growth year by year. Pure functions over the model.
//
// Rules (what the issue leaves open, chosen here and tested in test/unit/present-timeline.test.ts):
// - Years come from the alliances' `start` and `end` ("YYYY" or "YYYY-MM"; the month is ignored).
// - At year Y an alliance is *shown* when it has started: no start (it has always existed) or a
//   start year ≤ Y. This is exactly the period filter `period=-Y` (alliances overlapping the
//   years up to Y), so a timeline position is an ordinary view and can be a story step.
// - A shown alliance has *ended* when its end year is before Y (the end year itself is still
//   active, as in the period filter whose ends are inclusive). Ended alliances stay visible, drawn
//   faded: fading is display only and never changes the visible sets or the counts.
// - The actors shown are the ends of the shown alliances (ended ones included: the actors still
//   exist). An actor with no shown alliance is hidden, as the period filter hides it under
//   `isolated=hide`; an actor with no alliance at all never appears on the timeline. Actors are
//   never faded themselves: only their alliances are.
import { isPeriodActive, type Filters } from '../filters/types';
import { yearOf } from '../filters/predicates';
import type { AllianceGraph } from '../model/graph';

import type { YearSpan } from '../filters/years';
export { allianceYears, type YearSpan } from '../filters/years';

export interface TimelineState {
  /** Alliances that have started by the year (undated start = always). */
  shown: Set<string>;
  /** Shown alliances whose end year is before the year: drawn faded. */
  ended: Set<string>;
  /** The ends of the shown alliances. */
  actors: Set<string>;
}

export function timelineState(graph: AllianceGraph, year: number): TimelineState {
  const shown = new Set<string>();
  const ended = new Set<string>();
  const actors = new Set<string>();
  graph.forEachEdge((id, alliance, source, target) => {
    const start = yearOf(alliance.start);
    if (start !== null && start > year) return;
    shown.add(id);
    actors.add(source).add(target);
    const end = yearOf(alliance.end);
    if (end !== null && end < year) ended.add(id);
  });
  return { shown, ended, actors };
}

/**
 * The ended alliances among those visible: what the renderer draws faded (its `endedEdgeIds`).
 * Empty when there is no timeline year.
 */
export function endedEdgeIds(graph: AllianceGraph, visibleEdgeIds: ReadonlySet<string>, year: number | null): Set<string> {
  const ended = new Set<string>();
  if (year === null) return ended;
  for (const id of visibleEdgeIds) {
    if (!graph.hasEdge(id)) continue;
    const end = yearOf(graph.getEdgeAttribute(id, 'end'));
    if (end !== null && end < year) ended.add(id);
  }
  return ended;
}

/** The view query fragment of a timeline position, for a story step: `period=-YEAR`. */
export function timelineView(year: number): string {
  return `period=-${year}`;
}

/**
 * The timeline year a view's filters hold: the Y of a period `-Y` (no lower bound), else null.
 * The timeline control reads its position from the period filter, so the URL, the counts and a
 * story step all follow it.
 */
export function timelineYearOf(filters: Filters): number | null {
  const period = filters.period;
  return isPeriodActive(period) && period.from === null && period.to !== null ? period.to : null;
}

/** The filters at a timeline year (period `-YEAR`), or without a period for null. */
export function timelineFilters(filters: Filters, year: number | null): Filters {
  return { ...filters, period: year === null ? null : { from: null, to: year } };
}

/**
 * The next year when the timeline plays: from no year (or a year outside the span) it starts at
 * `min`; at `max` it stops (null).
 */
export function nextTimelineYear(year: number | null, span: YearSpan): number | null {
  if (year === null || year < span.min || year > span.max) return span.min;
  return year >= span.max ? null : year + 1;
}
