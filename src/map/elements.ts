import type { ElementDefinition } from 'cytoscape';
import type { Appearance } from '../view/appearance';
import type { Positions } from '../view/types';

/** Cytoscape elements derived from the appearance and positions; never the source of truth. */
export function toElements(appearance: Appearance, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = appearance.actors.map((actor) => ({
    group: 'nodes',
    data: { ...actor, hasSdgs: actor.sdgColours.length > 0 },
    position: { ...(positions[actor.id] ?? { x: 0, y: 0 }) },
  }));
  const edges: ElementDefinition[] = appearance.alliances.map((alliance) => ({ group: 'edges', data: { ...alliance } }));
  return [...nodes, ...edges];
}
