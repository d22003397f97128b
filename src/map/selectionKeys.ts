import type { Appearance } from '../view/appearance';
import type { Visibility } from '../view/types';
import { isArrowKey, nearestActor, partnerInDirection, visiblePartners } from './neighbourKeys';

interface Point {
  x: number;
  y: number;
}

/** What a key does to the selection: select an actor (or none), or say no partner lies that way. */
export type SelectionMove = { kind: 'select'; id: string | null } | { kind: 'no-partner' };

export interface SelectionContext {
  selectedId: string | null;
  appearance: Appearance;
  visibility: Visibility;
  positionOf: (id: string) => Point | null;
  /** The model point at the centre of the map. */
  centre: Point;
}

function placed(ids: Iterable<string>, positionOf: (id: string) => Point | null): { id: string; at: Point }[] {
  const actors: { id: string; at: Point }[] = [];
  for (const id of ids) {
    const at = positionOf(id);
    if (at) actors.push({ id, at });
  }
  return actors;
}

/**
 * The map's keys for the selection, outside presentation (docs: the accessibility statement):
 * with an actor selected and drawn, the arrows go to the partner that lies that way (Shift +
 * arrows still pan); Enter with none selected picks the actor nearest the centre; Escape lets the
 * selected actor go. Null: the key is not one of these (arrows with no actor selected pan).
 */
export function selectionAfterKey(key: string, shiftKey: boolean, context: SelectionContext): SelectionMove | null {
  const { selectedId, appearance, visibility, positionOf } = context;
  const selectedShown = selectedId !== null && visibility.visibleNodeIds.has(selectedId);
  if (isArrowKey(key)) {
    const from = selectedShown && !shiftKey ? positionOf(selectedId) : null;
    if (!from || selectedId === null) return null;
    const partner = partnerInDirection(key, from, placed(visiblePartners(appearance, visibility, selectedId), positionOf));
    return partner ? { kind: 'select', id: partner } : { kind: 'no-partner' };
  }
  if (key === 'Enter' && !selectedShown) {
    const nearest = nearestActor(context.centre, placed(visibility.visibleNodeIds, positionOf));
    return nearest ? { kind: 'select', id: nearest } : null;
  }
  if (key === 'Escape' && selectedId !== null) return { kind: 'select', id: null };
  return null;
}
