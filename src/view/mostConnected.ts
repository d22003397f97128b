import type { Appearance } from './appearance';
import type { Visibility } from './types';

export interface ConnectedActor {
  id: string;
  label: string;
  /** Visible alliances at this actor. */
  degree: number;
}

/**
 * The `count` visible actors with the most visible alliances (at least one), most first; ties in
 * the map's order. One pass keeps the leaders: sorting every actor by degree cost about 70 ms at
 * 50,000 actors, for three names.
 */
export function mostConnected(appearance: Appearance, visibility: Visibility, count: number): ConnectedActor[] {
  const degree = new Map<string, number>();
  for (const alliance of appearance.alliances) {
    if (!visibility.visibleEdgeIds.has(alliance.id)) continue;
    degree.set(alliance.source, (degree.get(alliance.source) ?? 0) + 1);
    degree.set(alliance.target, (degree.get(alliance.target) ?? 0) + 1);
  }
  const leaders: ConnectedActor[] = [];
  if (count <= 0) return leaders;
  for (const actor of appearance.actors) {
    const actorDegree = degree.get(actor.id) ?? 0;
    if (actorDegree === 0 || !visibility.visibleNodeIds.has(actor.id)) continue;
    if (leaders.length === count && actorDegree <= (leaders[count - 1]?.degree ?? 0)) continue;
    // After the leaders of at least its degree: an earlier actor keeps its place on a tie.
    let at = leaders.length;
    while (at > 0 && (leaders[at - 1]?.degree ?? 0) < actorDegree) at--;
    leaders.splice(at, 0, { id: actor.id, label: actor.label, degree: actorDegree });
    if (leaders.length > count) leaders.pop();
  }
  return leaders;
}
