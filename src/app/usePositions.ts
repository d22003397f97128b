import { useCallback, useEffect, useRef, useState } from 'react';
import type { AllianceGraph } from '../model/graph';
import type { Positions } from '../view/types';
import { DEFAULT_SEED, startLayout, type LayoutHandle, type SupervisorOptions } from '../layout';
import type { OnDone, OnPositions } from '../layout/supervisor';
import type { DoneReason } from '../layout/protocol';

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
 * The graph the layout arranges: the user's pins as preset positions, so the layout keeps them
 * fixed. A new arrangement the user asked for also sets aside the positions written in the file
 * (else a map whose file places every actor could never be re-arranged).
 */
export function arrangementGraph(graph: AllianceGraph, pinned: Positions, keepFilePositions: boolean): AllianceGraph {
  if (keepFilePositions && Object.keys(pinned).length === 0) return graph;
  const copy = graph.copy();
  if (!keepFilePositions) {
    copy.forEachNode((id) => {
      copy.removeNodeAttribute(id, 'x');
      copy.removeNodeAttribute(id, 'y');
    });
  }
  for (const [id, point] of Object.entries(pinned)) copy.mergeNodeAttributes(id, point);
  return copy;
}

/**
 * Starts the layout of the arrangement; if the layout refuses it (a position out of bounds, which
 * validation already keeps out of files), it starts again without the file's positions and pins.
 */
export function startArrangement(
  graph: AllianceGraph,
  pinned: Positions,
  keepFilePositions: boolean,
  options: SupervisorOptions,
  onPositions: OnPositions,
  onDone: OnDone,
): LayoutHandle {
  let current: LayoutHandle = { stop() {}, kill() {} };
  const again = (error: unknown): LayoutHandle => {
    console.warn(`Alliance Map: arranging the map anew (${error instanceof Error ? error.message : String(error)})`);
    return startLayout(arrangementGraph(graph, {}, false), options, onPositions, onDone);
  };
  try {
    current = startLayout(
      arrangementGraph(graph, pinned, keepFilePositions),
      { ...options, onError: (error) => (current = again(error)) },
      onPositions,
      onDone,
    );
  } catch (error) {
    current = again(error);
  }
  return { stop: () => current.stop(), kill: () => current.kill() };
}

/**
 * Positions of the current graph: preset ones from the file, the seeded layout's for the rest
 * (streamed from a worker for large graphs), and the user's drags, which pin an actor.
 */
export function usePositions(graph: AllianceGraph | null) {
  const [state, setState] = useState<PositionsState>(EMPTY);
  const [run, setRun] = useState({ graph: null as AllianceGraph | null, seed: DEFAULT_SEED });
  const layout = useRef<LayoutHandle | null>(null);

  useEffect(() => {
    if (!graph) return undefined;
    const rearranged = run.graph === graph;
    const seed = rearranged ? run.seed : DEFAULT_SEED;
    const pinned = state.graph === graph ? state.pinned : {};
    const handle = startArrangement(
      graph,
      pinned,
      !rearranged,
      { seed, timeBudgetMs: LAYOUT_TIME_BUDGET_MS },
      (positions, progress) => setState({ graph, positions, pinned, progress, cutShort: null }),
      (positions, { reason }) => setState({ graph, positions, pinned, progress: 1, cutShort: reason === 'finished' ? null : reason }),
    );
    layout.current = handle;
    return () => {
      handle.kill();
      layout.current = null;
    };
    // The layout runs for a new graph or a new arrangement, not for each drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, run]);

  const moveNode = useCallback((id: string, x: number, y: number) => {
    setState((previous) => ({
      ...previous,
      positions: { ...previous.positions, [id]: { x, y } },
      pinned: { ...previous.pinned, [id]: { x, y } },
    }));
  }, []);

  const rearrange = useCallback(() => {
    setRun((previous) => ({ graph, seed: (previous.graph === graph ? previous.seed : DEFAULT_SEED) + 1 }));
  }, [graph]);

  /** Ends the running layout now: the actors stay where it had put them. */
  const stopLayout = useCallback(() => layout.current?.stop(), []);

  const current = state.graph === graph ? state : EMPTY;
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
