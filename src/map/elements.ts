import type { ElementDefinition } from 'cytoscape';
import type { Appearance } from '../view/appearance';
import { THEME } from '../view/theme';
import type { Positions } from '../view/types';

/** Cytoscape's pie has 16 slices; an actor with all 17 goals shows 16. */
export const SDG_SLICES = 16;

/**
 * The SDG ring as plain data fields (`pie1Colour`, `pie1Size`… `pie16Size`) for the stylesheet to
 * map with `data(…)`: equal slices, one per goal; unused slices paper-coloured and empty.
 */
export function sdgPieData(sdgColours: readonly string[]): Record<string, string | number> {
  const count = Math.min(sdgColours.length, SDG_SLICES);
  const fields: Record<string, string | number> = {};
  for (let index = 0; index < SDG_SLICES; index += 1) {
    fields[`pie${index + 1}Colour`] = sdgColours[index] ?? THEME.ink.paper;
    fields[`pie${index + 1}Size`] = index < count ? 100 / count : 0;
  }
  return fields;
}

/** Cytoscape elements derived from the appearance and positions; never the source of truth. */
export function toElements(appearance: Appearance, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = appearance.actors.map((actor) => ({
    group: 'nodes',
    data: { ...actor, hasSdgs: actor.sdgColours.length > 0, ...sdgPieData(actor.sdgColours) },
    position: { ...(positions[actor.id] ?? { x: 0, y: 0 }) },
  }));
  // Alliances are drawn straight, except where two join the same pair of actors: those curve apart.
  const pair = (source: string, target: string) => (source < target ? `${source}\n${target}` : `${target}\n${source}`);
  const perPair = new Map<string, number>();
  for (const { source, target } of appearance.alliances) perPair.set(pair(source, target), (perPair.get(pair(source, target)) ?? 0) + 1);
  const edges: ElementDefinition[] = appearance.alliances.map((alliance) => ({
    group: 'edges',
    data: { ...alliance, parallel: (perPair.get(pair(alliance.source, alliance.target)) ?? 0) > 1 },
  }));
  return [...nodes, ...edges];
}
