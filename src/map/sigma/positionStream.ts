import type { Positions } from '../../view/types';
import { positionsGap } from '../../layout/pace';
import { updatePositions, type SigmaGraph } from './sigmaGraph';

interface Drawing {
  graph: SigmaGraph;
  /** Where moves are drawn light (software WebGL, largest maps). */
  lightMoves: boolean;
  edgesOff(): boolean;
  /** Leaves the alliances out (true) or draws them again (false). */
  setEdgesOff(off: boolean): void;
  /** Draws the nodes where the graph now places them, with the next frame. */
  redrawPositions(): void;
}

/**
 * A streaming layout sends positions at this pace already (the worker's progressGapMs); each
 * redraw of a large map costs its size, so they are applied at most every positionsGap ms
 * here too (a drag or a re-arrangement may come between), the last ones always. Where moves are
 * drawn light, the alliances are left out while positions stream, and drawn again once the actors
 * have been still for a moment. Returns the function that takes new positions, and a stop.
 */
export function streamPositions(drawing: Drawing): { push(positions: Positions): void; stop(): void } {
  const { graph } = drawing;
  let pending: Positions | null = null;
  let timer: number | undefined;
  let settleTimer: number | undefined;
  let appliedAt = 0;

  const apply = () => {
    timer = undefined;
    appliedAt = performance.now();
    const positions = pending;
    pending = null;
    if (!positions) return;
    if (updatePositions(graph, positions)) {
      if (drawing.lightMoves && !drawing.edgesOff()) drawing.setEdgesOff(true);
      drawing.redrawPositions();
    }
    if (drawing.edgesOff()) {
      window.clearTimeout(settleTimer);
      settleTimer = window.setTimeout(() => drawing.setEdgesOff(false), 2 * positionsGap(graph.order) + 300);
    }
  };

  return {
    push(positions) {
      pending = positions;
      if (timer !== undefined) return;
      const wait = appliedAt + positionsGap(graph.order) - performance.now();
      if (wait <= 0) apply();
      else timer = window.setTimeout(apply, wait);
    },
    stop() {
      window.clearTimeout(timer);
      window.clearTimeout(settleTimer);
    },
  };
}
