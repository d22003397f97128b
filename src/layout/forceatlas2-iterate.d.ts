// graphology-layout-forceatlas2 ships no types for its one-iteration function, which the stepping
// layout needs (the public API rebuilds its matrices, and so forgets the speeds, on every call).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  /** One iteration on the node matrix (10 floats per node) and edge matrix (3 per edge), in place. */
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): unknown;
}
