import { startTransition, useEffect, useMemo, useState } from 'react';
import { FACET_NAMES, facetCount, type FacetCounts, type Filters } from '../filters';
import type { AllianceGraph } from '../model/graph';
import { inTasks } from './inTasks';
import { useAfterNextFrame } from './useAfterNextFrame';

interface Counted {
  graph: AllianceGraph;
  facets: FacetCounts;
}

/**
 * The filters' counts, once the map has been redrawn, each facet in its own task: each is a pass
 * over the whole map (together, 100 ms at 10,000 actors), and the page answers between them.
 * Counts of the previous filters stand in meanwhile; a previous map's, never.
 */
export function useFacetCounts(graph: AllianceGraph | null, filters: Filters): FacetCounts | null {
  const input = useAfterNextFrame(useMemo(() => (graph ? { graph, filters } : null), [graph, filters]));
  const [counted, setCounted] = useState<Counted | null>(null);
  useEffect(() => {
    if (!input) return;
    const facets: Partial<FacetCounts> = {};
    return inTasks(
      FACET_NAMES.length,
      (index) => {
        const facet = FACET_NAMES[index]!;
        Object.assign(facets, { [facet]: facetCount(input.graph, input.filters, facet) });
      },
      () => startTransition(() => setCounted({ graph: input.graph, facets: facets as FacetCounts })),
    );
  }, [input]);
  return counted && counted.graph === graph ? counted.facets : null;
}
