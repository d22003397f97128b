// Actors in the exported picture, as Cytoscape draws them: the kind's shape and colour with a
// white border, the SDG ring, the group's double border, and the label wrapped under the actor.
import type { Theme } from '../view/theme';
import type { DrawnActor } from './svgScene';
import { shapePath } from './shapes';
import { el, num, type SvgElement } from './svgTree';
import { wrapLabel, type MeasureText } from './text';

/** The SDG ring: annulus segments from 12 o'clock, clockwise, as Cytoscape's pie with a hole. */
export function sdgRing(colours: readonly string[], cx: number, cy: number, size: number, theme: Theme): SvgElement[] {
  if (colours.length === 0) return [];
  const outer = (size / 2) * (theme.sdgRing.sizePercent / 100);
  const inner = outer * (theme.sdgRing.holePercent / 100);
  if (colours.length === 1) {
    return [el('circle', { cx, cy, r: (outer + inner) / 2, fill: 'none', stroke: colours[0], 'stroke-width': outer - inner })];
  }
  const share = (2 * Math.PI) / colours.length;
  const point = (r: number, angle: number) => `${num(cx + r * Math.cos(angle))},${num(cy + r * Math.sin(angle))}`;
  return colours.map((colour, i) => {
    const start = 1.5 * Math.PI + i * share;
    const end = start + share;
    const large = share > Math.PI ? 1 : 0;
    const d = `M${point(outer, start)}A${num(outer)},${num(outer)} 0 ${large} 1 ${point(outer, end)}L${point(inner, end)}A${num(inner)},${num(inner)} 0 ${large} 0 ${point(inner, start)}Z`;
    return el('path', { d, fill: colour });
  });
}

export interface ShapeLook {
  shape: string;
  colour: string;
  isGroup: boolean;
  sdgColours: readonly string[];
}

/** An actor's shape, ring and (for a group) double border, centred on (cx, cy). */
export function actorShape(
  { shape, colour, isGroup, sdgColours }: ShapeLook,
  cx: number,
  cy: number,
  size: number,
  theme: Theme,
): SvgElement[] {
  const { node, group } = theme;
  const body = el('path', {
    d: shapePath(shape, cx, cy, size),
    fill: colour,
    stroke: isGroup ? undefined : node.borderColour,
    'stroke-width': isGroup ? undefined : node.borderWidth,
  });
  // Cytoscape's double border: two lines, each a third of the border width, either side of the outline.
  const third = group.borderWidth / 3;
  const border = isGroup
    ? [third, -third].map((offset) =>
        el('path', { d: shapePath(shape, cx, cy, size, offset), fill: 'none', stroke: group.borderColour, 'stroke-width': third }),
      )
    : [];
  return [body, ...sdgRing(sdgColours, cx, cy, size, theme), ...border];
}

/** The label under an actor, wrapped as Cytoscape wraps it; null for an empty label. */
export function actorLabel({ actor, at }: DrawnActor, measure: MeasureText, theme: Theme): SvgElement | null {
  const { label } = theme;
  const lines = wrapLabel(actor.label, label.maxWidth, actor.fontSize, measure);
  if (lines.length === 0) return null;
  const border = (actor.isGroup ? theme.group.borderWidth : theme.node.borderWidth) / 2;
  const top = at.y + actor.size / 2 + border + label.gap;
  const lineHeight = actor.fontSize * label.lineHeight;
  // 0.92 em: from the top of a line to its baseline, in the system fonts.
  const spans = lines.map((line, i) => el('tspan', { x: at.x, y: top + actor.fontSize * 0.92 + i * lineHeight }, [line]));
  return el('text', { 'font-size': actor.fontSize }, spans);
}

/** The actors' layer and the labels' layer; filtered-out (faded) actors first, under the others. */
export function actorLayers(actors: Iterable<DrawnActor>, measure: MeasureText, theme: Theme): { shapes: SvgElement; labels: SvgElement } {
  const inOrder = [...actors].sort((a, b) => Number(b.faded) - Number(a.faded));
  const fadedOpacity = (faded: boolean) => (faded ? theme.faded.opacity : undefined);
  const shapes = inOrder.map((entry) =>
    el('g', { opacity: fadedOpacity(entry.faded) }, actorShape(entry.actor, entry.at.x, entry.at.y, entry.actor.size, theme)),
  );
  const labels = inOrder.map((entry) => {
    const text = actorLabel(entry, measure, theme);
    return text && entry.faded ? el('g', { opacity: theme.faded.opacity }, [text]) : text;
  });
  const { halo } = theme.label;
  return {
    shapes: el('g', { id: 'actors' }, shapes),
    labels: el(
      'g',
      {
        id: 'labels',
        'text-anchor': 'middle',
        fill: theme.label.colour,
        stroke: halo.colour,
        'stroke-width': halo.width * 2,
        'stroke-opacity': halo.opacity,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      },
      labels,
    ),
  };
}
