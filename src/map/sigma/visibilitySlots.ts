// Which items the filters leave out in the WebGL mode, as one byte per item that our programs read
// from a texture (visibilityTexture.ts): a filter then costs one pass over the graph and one
// upload, instead of sigma re-running its reducers and rewriting its buffers for every item that
// changes (55 ms for the 20,000-odd items of a filter at 10,000 actors).
//
// An item's byte sits at sigma's id for it, which its programs get as `a_id` (the picking colour):
// sigma numbers the nodes from 1 in the graph's order, then the edges on from there (without
// zIndex ordering, which the map turns off). A change of that numbering in sigma would show in
// the e2e filter tests of the WebGL mode.
import type { SigmaGraph } from './sigmaGraph';

/** Bytes per row of the texture (its width): within every WebGL implementation's limit. */
export const SLOTS_PER_ROW = 2048;
export const SHOWN = 255;
export const LEFT_OUT = 0;

export interface VisibilitySlots {
  /** One byte per slot: SHOWN or LEFT_OUT; slot 0 (no item) and the padding stay shown. */
  readonly bytes: Uint8Array;
  readonly rows: number;
  /** Goes up at each change, so each WebGL context uploads the bytes once per change. */
  version: number;
  /** The items in slot order from 1 (walking arrays is quicker than walking the graph). */
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

export function visibilitySlots(graph: SigmaGraph): VisibilitySlots {
  const rows = Math.max(1, Math.ceil((1 + graph.order + graph.size) / SLOTS_PER_ROW));
  return { bytes: new Uint8Array(rows * SLOTS_PER_ROW).fill(SHOWN), rows, version: 0, nodeIds: graph.nodes(), edgeIds: graph.edges() };
}

/**
 * Writes which items are shown: those in the visible sets, or all of them when the filters only
 * fade what they leave out (the reducers fade it).
 */
export function writeVisibility(
  slots: VisibilitySlots,
  visibleNodes: ReadonlySet<string>,
  visibleEdges: ReadonlySet<string>,
  filtered: 'hide' | 'fade',
): void {
  const { bytes, nodeIds, edgeIds } = slots;
  if (filtered === 'fade') bytes.fill(SHOWN);
  else {
    let slot = 1;
    for (const id of nodeIds) bytes[slot++] = visibleNodes.has(id) ? SHOWN : LEFT_OUT;
    for (const id of edgeIds) bytes[slot++] = visibleEdges.has(id) ? SHOWN : LEFT_OUT;
  }
  slots.version += 1;
}
