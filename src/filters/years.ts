import type { AllianceGraph } from '../model/graph';
import { yearOf } from './predicates';

export interface YearSpan {
  min: number;
  max: number;
}

/** The first and last year named by an alliance's start or end; null when no alliance is dated. */
export function allianceYears(graph: AllianceGraph): YearSpan | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_id, alliance) => {
    for (const year of [yearOf(alliance.start), yearOf(alliance.end)]) {
      if (year === null) continue;
      if (year < min) min = year;
      if (year > max) max = year;
    }
  });
  return min === Infinity ? null : { min, max };
}
