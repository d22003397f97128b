import type { Appearance } from '../view/appearance';
import type { Visibility } from '../view/types';

// Moving from an actor to its partners with the arrow keys, on either drawing: which partner an
// arrow leads to, from where the actors stand (model units, y down, as on screen).

interface Point {
  x: number;
  y: number;
}

const DIRECTIONS: Readonly<Record<string, Point>> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/**
 * A partner counts as "that way" within 45° of the arrow; failing any, within 67.5°: the four
 * arrows' wider cones overlap, so every partner is reached by at least one arrow.
 */
const MAX_SLOPE = Math.tan((67.5 * Math.PI) / 180);
/** Going sideways costs this much more than going along the arrow: the partner most in line wins over a slightly nearer one off to the side. */
const ACROSS_WEIGHT = 2;

export function isArrowKey(key: string): boolean {
  return key in DIRECTIONS;
}

/** The actors joined to `id` by an alliance on the map (either way), each once. */
export function visiblePartners(appearance: Appearance, visibility: Visibility, id: string): string[] {
  const partners = new Set<string>();
  for (const { id: alliance, source, target } of appearance.alliances) {
    if (source === target || !visibility.visibleEdgeIds.has(alliance)) continue;
    const other = source === id ? target : target === id ? source : null;
    if (other !== null && visibility.visibleNodeIds.has(other)) partners.add(other);
  }
  return [...partners];
}

/** The partner an arrow key leads to from `from`: the nearest in that direction, in line first; null if none lies that way. */
export function partnerInDirection(key: string, from: Point, partners: ReadonlyArray<{ id: string; at: Point }>): string | null {
  const direction = DIRECTIONS[key];
  if (!direction) return null;
  let best: { id: string; wide: boolean; score: number } | null = null;
  for (const { id, at } of partners) {
    const dx = at.x - from.x;
    const dy = at.y - from.y;
    const along = dx * direction.x + dy * direction.y;
    const across = Math.abs(dx * direction.y - dy * direction.x);
    if (along <= 0 || across > along * MAX_SLOPE) continue;
    const candidate = { id, wide: across > along, score: along + ACROSS_WEIGHT * across };
    if (!best || (best.wide && !candidate.wide) || (best.wide === candidate.wide && candidate.score < best.score)) best = candidate;
  }
  return best?.id ?? null;
}

/** The visible actor nearest a point (the centre of the map), or null if none is visible. */
export function nearestActor(point: Point, actors: ReadonlyArray<{ id: string; at: Point }>): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const { id, at } of actors) {
    const distance = Math.hypot(at.x - point.x, at.y - point.y);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best?.id ?? null;
}
