import type { AllianceGraph } from '../model/graph';

/** What an actor's size on the map shows; the number of alliances by default. */
export type SizeMeasure = 'alliances' | 'received' | 'given' | 'partners' | 'amount';

export const SIZE_MEASURES: readonly SizeMeasure[] = ['alliances', 'received', 'given', 'partners', 'amount'];

/** The value of a measure for one actor. Support flows from source to target (docs/data-format.md). */
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
    case 'amount': {
      let total = 0;
      graph.forEachEdge(id, (_edge, alliance) => {
        total += alliance.amount ?? 0;
      });
      return total;
    }
  }
}
