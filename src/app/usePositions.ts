import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AllianceGraph } from '../model/graph';
import type { Positions } from '../view/types';
import { DEFAULT_SEED } from '../layout/prng';
import type { LayoutHandle } from '../layout/supervisor';
import type { DoneReason } from '../layout/protocol';
import { filePositions } from './filePositions';

/**
 * A layout in the worker ends by itself after this long with the positions reached (50,000 actors
 * would take minutes); the reader can stop it sooner.
 */
export const LAYOUT_TIME_BUDGET_MS = 60_000;

interface PositionsState {
  graph: AllianceGraph | null;
  positions: Positions;
  /** Actors the user dragged: a new arrangement leaves them where they were put. */
  pinned: Positions;
  progress: number;
  /** How the last layout ended: null while it runs or when it finished. */
  cutShort: Exclude<DoneReason, 'finished'> | null;
}

const EMPTY: PositionsState = { graph: null, positions: {}, pinned: {}, progress: 1, cutShort: null };

/**
 * Positions of the current graph: preset ones from the file, the seeded layout's for the rest
 * (streamed from a worker for large graphs), and the user's drags, which pin an actor.
 */
export function usePositions(graph: AllianceGraph | null) {
  const [state, setState] = useState<PositionsState>(EMPTY);
  const [run, setRun] = useState({ graph: null as AllianceGraph | null, seed: DEFAULT_SEED });
  const layout = useRef<LayoutHandle | null>(null);
  // A file that places every actor opens where it puts them, with no layout to load or run.
  const opened = useMemo<PositionsState | null>(() => {
    const positions = graph && filePositions(graph);
    return graph && positions ? { graph, positions, pinned: {}, progress: 1, cutShort: null } : null;
  }, [graph]);

  useEffect(() => {
    if (!graph) return undefined;
    const rearranged = run.graph === graph;
    if (!rearranged && opened) return undefined;
    const seed = rearranged ? run.seed : DEFAULT_SEED;
    const pinned = state.graph === graph ? state.pinned : {};
    let cancelled = false;
    void import('./arrangement').then(({ startArrangement }) => {
      if (cancelled) return;
      layout.current = startArrangement(
        graph,
        pinned,
        !rearranged,
        { seed, timeBudgetMs: LAYOUT_TIME_BUDGET_MS },
        (positions, progress) => setState({ graph, positions, pinned, progress, cutShort: null }),
        (positions, { reason }) => setState({ graph, positions, pinned, progress: 1, cutShort: reason === 'finished' ? null : reason }),
      );
    });
    return () => {
      cancelled = true;
      layout.current?.kill();
      layout.current = null;
    };
    // The layout runs for a new graph or a new arrangement, not for each drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, run]);

  const moveNode = useCallback(
    (id: string, x: number, y: number) => {
      setState((previous) => {
        const base = previous.graph === graph || !opened ? previous : opened;
        return { ...base, positions: { ...base.positions, [id]: { x, y } }, pinned: { ...base.pinned, [id]: { x, y } } };
      });
    },
    [graph, opened],
  );

  const rearrange = useCallback(() => {
    setRun((previous) => ({ graph, seed: (previous.graph === graph ? previous.seed : DEFAULT_SEED) + 1 }));
  }, [graph]);

  /** Ends the running layout now: the actors stay where it had put them. */
  const stopLayout = useCallback(() => layout.current?.stop(), []);

  const current = state.graph === graph ? state : (opened ?? EMPTY);
  return {
    positions: current.positions,
    progress: current.progress,
    cutShort: current.cutShort,
    ready: current.graph !== null,
    moveNode,
    rearrange,
    stopLayout,
  };
}
