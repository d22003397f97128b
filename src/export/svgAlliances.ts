// Alliances in the exported picture, as Cytoscape draws them: straight lines between the actors'
// outlines, parallel ones bundled as curves, self-loops, dash patterns and arrowheads.
import type { AllianceAppearance } from '../view/appearance';
import { lineDash } from '../view/lineDash';
import type { Theme } from '../view/theme';
import { boundaryPoint } from './shapes';
import type { DrawnActor, DrawnAlliance, Scene } from './svgScene';
import { el, num, type SvgElement } from './svgTree';

type XY = [number, number];

/** An arrowhead's size on a line of this width: Cytoscape's formula, times the arrow scale. */
export function arrowSize(width: number, theme: Theme): { length: number; halfWidth: number } {
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * theme.edge.arrowScale;
  return { length: 0.3 * size, halfWidth: 0.15 * size };
}

/** The arrowhead markers of a drawing, one per colour and size, for its `<defs>`. */
export class Markers {
  private readonly ids = new Map<string, string>();
  readonly defs: SvgElement[] = [];

  constructor(private readonly theme: Theme) {}

  /** The id of an arrowhead marker in this colour, for a line of this width. */
  arrow(colour: string, width: number): string {
    const { length, halfWidth } = arrowSize(width, this.theme);
    const key = `${colour}|${num(length)}`;
    let id = this.ids.get(key);
    if (!id) {
      id = `arrow-${this.ids.size + 1}`;
      this.ids.set(key, id);
      const viewBox = `0 ${num(-halfWidth)} ${num(length)} ${num(2 * halfWidth)}`;
      const head = el('path', { d: `M0,${num(-halfWidth)}L${num(length)},0L0,${num(halfWidth)}Z`, fill: colour });
      this.defs.push(
        el(
          'marker',
          {
            id,
            viewBox,
            refX: 0,
            refY: 0,
            markerWidth: length,
            markerHeight: 2 * halfWidth,
            markerUnits: 'userSpaceOnUse',
            orient: 'auto',
            overflow: 'visible',
          },
          [head],
        ),
      );
    }
    return id;
  }
}

function dashArray(alliance: AllianceAppearance, theme: Theme): string | undefined {
  const dash = lineDash(alliance, theme);
  return dash.length > 0 ? dash.join(' ') : undefined;
}

/** Moves `end` back towards `from` by `by` units, so an arrowhead's tip lands where the line ended. */
function pullBack(end: XY, from: XY, by: number): XY {
  const dx = end[0] - from[0];
  const dy = end[1] - from[1];
  const length = Math.hypot(dx, dy);
  if (length <= by || length === 0) return end;
  return [end[0] - (dx / length) * by, end[1] - (dy / length) * by];
}

const xy = (point: XY) => `${num(point[0])},${num(point[1])}`;

/**
 * Offsets of parallel alliances, as Cytoscape's 'bezier' curve style bundles them: the alliances
 * joining the same two actors (either way) fan out a curve step apart; a single one is straight.
 */
function parallelOffsets({ alliances, actors }: Scene, step: number): Map<string, number> {
  const indexOf = (id: string) => actors.get(id)?.index ?? 0;
  const groups = new Map<string, DrawnAlliance[]>();
  for (const drawn of alliances) {
    const a = indexOf(drawn.alliance.source);
    const b = indexOf(drawn.alliance.target);
    if (a === b) continue;
    const key = `${Math.min(a, b)}|${Math.max(a, b)}`;
    const group = groups.get(key) ?? [];
    group.push(drawn);
    groups.set(key, group);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach((drawn, i) => {
      const swapped = indexOf(drawn.alliance.source) > indexOf(drawn.alliance.target);
      offsets.set(drawn.alliance.id, (0.5 - group.length / 2 + i) * step * (swapped ? -1 : 1));
    });
  }
  return offsets;
}

/** A self-loop above and to the left of the actor, as Cytoscape draws loops. */
function loopPath({ at, actor }: DrawnActor, arrowLength: number | null, theme: Theme): string {
  const r = actor.size / 2;
  const out = (angle: number, distance: number): XY => [at.x + distance * Math.cos(angle), at.y + distance * Math.sin(angle)];
  const a1 = (-100 * Math.PI) / 180;
  const a2 = (-170 * Math.PI) / 180;
  const reach = r + theme.edge.curveStep * 1.5;
  const c1 = out(a1, reach);
  const c2 = out(a2, reach);
  let end = out(a2, r);
  if (arrowLength !== null) end = pullBack(end, c2, arrowLength);
  return `M${xy(out(a1, r))}C${xy(c1)} ${xy(c2)} ${xy(end)}`;
}

/** A line between two actors' outlines, or a curve bent `offset` units off it. */
function pairPath(source: DrawnActor, target: DrawnActor, offset: number, arrowLength: number | null): string {
  const s = source.at;
  const t = target.at;
  const pull = (end: XY, from: XY) => (arrowLength === null ? end : pullBack(end, from, arrowLength));
  const sourceOut = boundaryPoint(source.actor.shape, s.x, s.y, source.actor.size, t.x, t.y);
  const targetOut = boundaryPoint(target.actor.shape, t.x, t.y, target.actor.size, s.x, s.y);
  if (offset === 0) return `M${xy(sourceOut)}L${xy(pull(targetOut, sourceOut))}`;
  // The pair's reference direction is from the actor drawn first, as Cytoscape orders pairs.
  const [p, q] = source.index <= target.index ? [s, t] : [t, s];
  const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const normal = { x: -(q.y - p.y) / length, y: (q.x - p.x) / length };
  const control: XY = [(sourceOut[0] + targetOut[0]) / 2 + normal.x * offset, (sourceOut[1] + targetOut[1]) / 2 + normal.y * offset];
  const start = boundaryPoint(source.actor.shape, s.x, s.y, source.actor.size, control[0], control[1]);
  const end = boundaryPoint(target.actor.shape, t.x, t.y, target.actor.size, control[0], control[1]);
  return `M${xy(start)}Q${xy(control)} ${xy(pull(end, control))}`;
}

function alliancePath(drawn: DrawnAlliance, scene: Scene, offset: number, markers: Markers, theme: Theme): SvgElement | null {
  const { alliance } = drawn;
  const source = scene.actors.get(alliance.source);
  const target = scene.actors.get(alliance.target);
  if (!source || !target) return null;
  const arrowLength = alliance.directed ? arrowSize(alliance.width, theme).length : null;
  const d = source === target ? loopPath(source, arrowLength, theme) : pairPath(source, target, offset, arrowLength);
  const path = el('path', {
    d,
    fill: 'none',
    stroke: alliance.colour,
    'stroke-width': alliance.width,
    'stroke-dasharray': dashArray(alliance, theme),
    'marker-end': alliance.directed ? `url(#${markers.arrow(alliance.colour, alliance.width)})` : undefined,
  });
  return el('g', { opacity: drawn.faded ? theme.faded.opacity : theme.edge.opacity }, [path]);
}

/** The alliances' layer: filtered-out (faded) alliances first, under the others. */
export function allianceLayer(scene: Scene, markers: Markers, theme: Theme): SvgElement {
  const offsets = parallelOffsets(scene, theme.edge.curveStep);
  const ordered = [...scene.alliances.filter((entry) => entry.faded), ...scene.alliances.filter((entry) => !entry.faded)];
  const paths = ordered.map((entry) => alliancePath(entry, scene, offsets.get(entry.alliance.id) ?? 0, markers, theme));
  return el('g', { id: 'alliances', fill: 'none' }, paths);
}
