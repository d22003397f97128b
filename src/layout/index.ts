// Public API of the layout engine. See README.md in this folder.
import type { AbstractGraph } from 'graphology-types';
import { computeLayout } from './layout';
import type { LayoutOptions, Positions } from './types';

export { computeLayout, createLayout, createLayoutFromInput, FA2_FROM_NODES } from './layout';
export { defaultNodeRadius, graphToLayoutInput, serializedToLayoutInput } from './input';
export { DEFAULT_SEED } from './prng';
export { startLayout, SYNC_BELOW_NODES } from './supervisor';
export type { LayoutHandle, SupervisorOptions } from './supervisor';
export type { LayoutInput, LayoutOptions, LayoutRun, Point, Positions } from './types';

/** Positions of the map as it first opens: {@link computeLayout} with the default seed. */
export function initialPositions(graph: AbstractGraph, options: LayoutOptions = {}): Positions {
  return computeLayout(graph, options);
}
