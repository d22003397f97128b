import type { ActorMeasures } from '../insight/measures';
import type { AllianceGraph } from '../model/graph';

/** What an actor's size on the map shows; the number of alliances by default. */
export type SizeMeasure = 'alliances' | 'received' | 'given' | 'partners' | 'amount' | 'amount-received' | 'amount-given' | 'betweenness';

export const SIZE_MEASURES: readonly SizeMeasure[] = [
  'alliances',
  'received',
  'given',
  'partners',
  'amount',
  'amount-received',
  'amount-given',
  'betweenness',
];

/** Measures that need the whole network (src/insight/measures.ts, computed on demand). */
export type NetworkMeasure = Extract<SizeMeasure, 'betweenness'>;

export function isNetworkMeasure(measure: SizeMeasure): measure is NetworkMeasure {
  return measure === 'betweenness';
}

/**
 * The value of a measure for one actor. Support flows from source to target (docs/data-format.md,
 * "Relations"). Network measures are not read here: 0 (their values come from the measures).
 */
export function sizeValue(graph: AllianceGraph, id: string, measure: SizeMeasure): number {
  switch (measure) {
    case 'alliances':
      return graph.degree(id);
    case 'received':
      return graph.inDegree(id);
    case 'given':
      return graph.outDegree(id);
    case 'partners':
      return graph.neighbors(id).length;
    case 'amount':
      return amountOf(graph, id, 'all');
    case 'amount-received':
      return amountOf(graph, id, 'in');
    case 'amount-given':
      return amountOf(graph, id, 'out');
    case 'betweenness':
      return 0;
  }
}

function amountOf(graph: AllianceGraph, id: string, direction: 'all' | 'in' | 'out'): number {
  let total = 0;
  const add = (_edge: string, alliance: { amount?: number }) => {
    total += alliance.amount ?? 0;
  };
  if (direction === 'in') graph.forEachInEdge(id, add);
  else if (direction === 'out') graph.forEachOutEdge(id, add);
  else graph.forEachEdge(id, add);
  return total;
}

/** The value of a measure read from the measures of an actor (src/insight/measures.ts). */
export function measuredValue(measures: ActorMeasures, measure: SizeMeasure): number {
  switch (measure) {
    case 'amount':
      return measures.amountReceived + measures.amountGiven;
    case 'amount-received':
      return measures.amountReceived;
    case 'amount-given':
      return measures.amountGiven;
    default:
      return measures[measure];
  }
}
