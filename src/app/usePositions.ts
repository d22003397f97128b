import { useCallback, useMemo, useState } from 'react';
import type { AllianceGraph } from '../model/graph';
import type { Positions } from '../view/types';
import { initialPositions } from '../layout';

/** Positions of the current graph: preset ones from the file, the layout's for the rest, and the user's drags. */
export function usePositions(graph: AllianceGraph | null) {
  const initial = useMemo<Positions>(() => (graph ? initialPositions(graph) : {}), [graph]);
  const [moved, setMoved] = useState<{ graph: AllianceGraph | null; positions: Positions }>({ graph: null, positions: {} });

  const positions = useMemo<Positions>(
    () => (moved.graph === graph ? { ...initial, ...moved.positions } : initial),
    [graph, initial, moved],
  );

  const moveNode = useCallback(
    (id: string, x: number, y: number) => {
      setMoved((previous) => ({
        graph,
        positions: { ...(previous.graph === graph ? previous.positions : {}), [id]: { x, y } },
      }));
    },
    [graph],
  );

  return { positions, moveNode };
}
