// What the exported picture draws: the visible actors and alliances, plus the filtered-out ones
// when they fade rather than hide; and the viewport that frames them when the map cannot say.
import type { MapViewport } from '../map/mapHandle';
import type { ActorAppearance, AllianceAppearance, Appearance } from '../view/appearance';
import { THEME, type Theme } from '../view/theme';
import type { Point, Positions, Visibility } from '../view/types';

export interface DrawnActor {
  actor: ActorAppearance;
  at: Point;
  /** Its place in the appearance: Cytoscape orders pairs of actors by it. */
  index: number;
  faded: boolean;
}

export interface DrawnAlliance {
  alliance: AllianceAppearance;
  faded: boolean;
}

export interface Scene {
  actors: Map<string, DrawnActor>;
  alliances: DrawnAlliance[];
}

/** Visible elements, plus the filtered-out ones when they are faded rather than hidden. */
export function drawnElements(appearance: Appearance, positions: Positions, visibility: Visibility): Scene {
  const fade = visibility.filtered === 'fade';
  const actors = new Map<string, DrawnActor>();
  appearance.actors.forEach((actor, index) => {
    const at = positions[actor.id];
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return;
    const visible = visibility.visibleNodeIds.has(actor.id);
    if (visible || fade) actors.set(actor.id, { actor, at, index, faded: !visible });
  });
  const alliances: DrawnAlliance[] = [];
  for (const alliance of appearance.alliances) {
    if (!actors.has(alliance.source) || !actors.has(alliance.target)) continue;
    const visible = visibility.visibleEdgeIds.has(alliance.id);
    if (visible || fade) alliances.push({ alliance, faded: !visible });
  }
  return { actors, alliances };
}

/**
 * A viewport framing every drawn actor, for when the map cannot say what it shows (not drawn
 * yet): 1200 CSS pixels wide, as tall as the drawing's proportions ask (400 to 1200).
 */
export function viewportAround(
  appearance: Appearance,
  positions: Positions,
  visibility: Visibility,
  widthPx = 1200,
  theme: Theme = THEME,
): MapViewport {
  const { actors } = drawnElements(appearance, positions, visibility);
  const { maxWidth, lineHeight } = theme.label;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { actor, at } of actors.values()) {
    const r = actor.size / 2;
    x1 = Math.min(x1, at.x - r - maxWidth / 2);
    x2 = Math.max(x2, at.x + r + maxWidth / 2);
    y1 = Math.min(y1, at.y - r);
    y2 = Math.max(y2, at.y + r + 3 * actor.fontSize * lineHeight);
  }
  if (!Number.isFinite(x1)) [x1, y1, x2, y2] = [-100, -100, 100, 100];
  const padding = 40;
  x1 -= padding;
  y1 -= padding;
  x2 += padding;
  y2 += padding;
  const heightPx = Math.round(Math.min(1200, Math.max(400, (widthPx * (y2 - y1)) / (x2 - x1))));
  const zoom = Math.min(widthPx / (x2 - x1), heightPx / (y2 - y1));
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const halfW = widthPx / zoom / 2;
  const halfH = heightPx / zoom / 2;
  return { x1: cx - halfW, y1: cy - halfH, x2: cx + halfW, y2: cy + halfH, widthPx, heightPx, zoom };
}
