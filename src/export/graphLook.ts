// How each actor and alliance looks in a graph file (GEXF, GraphML): the map's own colours and
// sizes (src/view/appearance.ts, from the theme) in the terms graph tools read. Pure.
import type { Appearance } from '../view/appearance';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `#5D6F94` or `#abc` as red, green, blue; null for any other colour syntax. */
export function rgbOf(colour: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
}

export interface GraphLook {
  actors: Map<string, { colour: Rgb | null; size: number }>;
  alliances: Map<string, { colour: Rgb | null; thickness: number }>;
}

/**
 * The actors' kind colours and sizes, the alliances' support colours and widths. Gephi's node
 * size is a radius: half the map's diameter keeps the same proportions to the distances.
 */
export function graphLook(appearance: Appearance): GraphLook {
  return {
    actors: new Map(appearance.actors.map((actor) => [actor.id, { colour: rgbOf(actor.colour), size: Math.round(actor.size * 5) / 10 }])),
    alliances: new Map(
      appearance.alliances.map((alliance) => [
        alliance.id,
        { colour: rgbOf(alliance.colour), thickness: Math.round(alliance.width * 10) / 10 },
      ]),
    ),
  };
}

/**
 * Graph tools (Gephi, sigma.js) draw y upwards, the map downwards (as the app's WebGL mode does,
 * src/map/sigma/sigmaGraph.ts): graph files carry −y, and the importer turns it back.
 */
export function graphY(y: number): number {
  return y === 0 ? 0 : -y;
}
