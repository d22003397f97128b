// The current view as a standalone SVG drawing, built from the app's own view data (appearance,
// positions, visibility) so nothing the map shows is lost: kind shapes and colours, SDG ring
// segments, group double borders, labels with their halo, alliance colours, widths, dash patterns
// and arrows, plus a legend panel and a caption band (title, source, data date, link to the view).
// Pure: runs in the browser, in Node and in tests.
import { SDGS } from '../domain/sdgs';
import { SUPPORT_FORMS } from '../domain/supportForms';
import type { Lang } from '../domain/types';
import { formatDataDate } from '../i18n/format';
import type { MapViewport } from '../map/mapHandle';
import { MULTI_SUPPORT_COLOUR, NO_SUPPORT_COLOUR, SUPPORT_VISUALS } from '../map/supportVisuals';
import type { DataMeta } from '../model/types';
import type { ActorAppearance, AllianceAppearance, Appearance } from '../view/appearance';
import type { Point, Positions, Visibility } from '../view/types';
import { boundaryPoint, shapePath } from './shapes';
import { escapeXml, fill, textWidth, wrapLabel, wrapText, type MeasureText } from './text';
import type { CaptionText, LegendText } from './texts';

export interface SvgInput {
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  viewport: MapViewport;
  meta: DataMeta;
  caption: CaptionText;
  legend: LegendText;
  lang: Lang;
  /** Multiplies the width and height attributes (the drawing is unchanged): 2 for a 2x raster. */
  scale?: number;
  /**
   * Measures label text, to wrap labels as the map does; in a browser pass canvasTextMeasure()
   * (the canvas Cytoscape measures with). Default: an estimate from average character widths.
   */
  measure?: MeasureText;
}

export interface SvgDocument {
  svg: string;
  /** Size in CSS pixels at scale 1: the map, the legend panel beside it, the caption band below. */
  width: number;
  height: number;
}

/** Width of the legend panel drawn to the right of the map, in CSS pixels. */
export const LEGEND_WIDTH = 280;

// The look of src/map/stylesheet.ts, in SVG terms.
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
const TEXT_COLOUR = '#2B2F36';
const MUTED_COLOUR = '#5F6672';
const LINK_COLOUR = '#19486A';
const LINE_COLOUR = '#DDE0E4';
const GROUP_BORDER = '#3B4049';
const NODE_BORDER = '#FFFFFF';
const NODE_BORDER_WIDTH = 1.5;
const GROUP_BORDER_WIDTH = 6;
const PIE_SIZE = 0.74;
const PIE_HOLE = 0.56;
const LABEL_MAX_WIDTH = 140;
const LABEL_MARGIN = 4;
const LABEL_HALO = 2.5;
const LABEL_LINE_HEIGHT = 1.15;
const EDGE_OPACITY = 0.7;
const FADED_OPACITY = 0.12;
const ARROW_SCALE = 0.9;
const PARALLEL_STEP = 40;
const LOOP_STEP = 40;

function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
}

// ---------------------------------------------------------------------------------------------
// What is drawn

interface DrawnActor {
  actor: ActorAppearance;
  at: Point;
  index: number;
  faded: boolean;
}

interface DrawnAlliance {
  alliance: AllianceAppearance;
  faded: boolean;
}

/** Visible elements, plus the filtered-out ones when they are faded rather than hidden. */
function drawnElements(appearance: Appearance, positions: Positions, visibility: Visibility) {
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

// ---------------------------------------------------------------------------------------------
// Actors

/** The SDG ring: annulus segments from 12 o'clock, clockwise, as Cytoscape's pie with a hole. */
function sdgRing(colours: readonly string[], cx: number, cy: number, size: number): string {
  if (colours.length === 0) return '';
  const outer = (size / 2) * PIE_SIZE;
  const inner = outer * PIE_HOLE;
  if (colours.length === 1) {
    return `<circle${attrs({ cx, cy, r: (outer + inner) / 2, fill: 'none', stroke: colours[0] ?? '#999999', 'stroke-width': outer - inner })}/>`;
  }
  const share = (2 * Math.PI) / colours.length;
  const point = (r: number, angle: number) => `${num(cx + r * Math.cos(angle))},${num(cy + r * Math.sin(angle))}`;
  return colours
    .map((colour, i) => {
      const start = 1.5 * Math.PI + i * share;
      const end = start + share;
      const large = share > Math.PI ? 1 : 0;
      const d = `M${point(outer, start)}A${num(outer)},${num(outer)} 0 ${large} 1 ${point(outer, end)}L${point(inner, end)}A${num(inner)},${num(inner)} 0 ${large} 0 ${point(inner, start)}Z`;
      return `<path${attrs({ d, fill: colour })}/>`;
    })
    .join('');
}

function actorShape(
  shape: string,
  colour: string,
  isGroup: boolean,
  cx: number,
  cy: number,
  size: number,
  sdgColours: readonly string[],
): string {
  let out = `<path${attrs({ d: shapePath(shape, cx, cy, size), fill: colour, stroke: isGroup ? undefined : NODE_BORDER, 'stroke-width': isGroup ? undefined : NODE_BORDER_WIDTH })}/>`;
  out += sdgRing(sdgColours, cx, cy, size);
  if (isGroup) {
    // Cytoscape's double border: two lines, each a third of the border width, either side of the outline.
    const third = GROUP_BORDER_WIDTH / 3;
    for (const offset of [third, -third]) {
      out += `<path${attrs({ d: shapePath(shape, cx, cy, size, offset), fill: 'none', stroke: GROUP_BORDER, 'stroke-width': third })}/>`;
    }
  }
  return out;
}

function actorLabel({ actor, at }: DrawnActor, measure: MeasureText): string {
  const lines = wrapLabel(actor.label, LABEL_MAX_WIDTH, actor.fontSize, measure);
  if (lines.length === 0) return '';
  const border = actor.isGroup ? GROUP_BORDER_WIDTH / 2 : NODE_BORDER_WIDTH / 2;
  const top = at.y + actor.size / 2 + border + LABEL_MARGIN;
  const lineHeight = actor.fontSize * LABEL_LINE_HEIGHT;
  const spans = lines
    .map((line, i) => `<tspan${attrs({ x: at.x, y: top + actor.fontSize * 0.92 + i * lineHeight })}>${escapeXml(line)}</tspan>`)
    .join('');
  return `<text${attrs({ 'font-size': actor.fontSize })}>${spans}</text>`;
}

// ---------------------------------------------------------------------------------------------
// Alliances

function arrowSize(width: number): { length: number; halfWidth: number } {
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * ARROW_SCALE;
  return { length: 0.3 * size, halfWidth: 0.15 * size };
}

class Markers {
  private readonly ids = new Map<string, string>();
  private readonly defs: string[] = [];

  /** The id of an arrowhead marker in this colour and size (one per combination). */
  arrow(colour: string, width: number): string {
    const { length, halfWidth } = arrowSize(width);
    const key = `${colour}|${num(length)}`;
    let id = this.ids.get(key);
    if (!id) {
      id = `arrow-${this.ids.size + 1}`;
      this.ids.set(key, id);
      this.defs.push(
        `<marker${attrs({ id, viewBox: `0 ${num(-halfWidth)} ${num(length)} ${num(2 * halfWidth)}`, refX: 0, refY: 0, markerWidth: length, markerHeight: 2 * halfWidth, markerUnits: 'userSpaceOnUse', orient: 'auto', overflow: 'visible' })}>` +
          `<path${attrs({ d: `M0,${num(-halfWidth)}L${num(length)},0L0,${num(halfWidth)}Z`, fill: colour })}/></marker>`,
      );
    }
    return id;
  }

  markup(): string {
    return this.defs.join('');
  }
}

function dashArray(alliance: AllianceAppearance): string | undefined {
  if (alliance.lineStyle === 'dotted') return '1 1';
  if (alliance.lineStyle === 'dashed' && alliance.dashPattern.length > 0) return alliance.dashPattern.join(' ');
  return undefined;
}

/** Moves `end` back towards `from` by `by` units, so an arrowhead's tip lands where the line ended. */
function pullBack(end: [number, number], from: [number, number], by: number): [number, number] {
  const dx = end[0] - from[0];
  const dy = end[1] - from[1];
  const length = Math.hypot(dx, dy);
  if (length <= by || length === 0) return end;
  return [end[0] - (dx / length) * by, end[1] - (dy / length) * by];
}

/**
 * Offsets of parallel alliances, as Cytoscape's 'bezier' curve style bundles them: the alliances
 * joining the same two actors (either way) fan out 40 units apart; a single one is straight.
 */
function parallelOffsets(alliances: DrawnAlliance[], actors: Map<string, DrawnActor>): Map<string, number> {
  const groups = new Map<string, DrawnAlliance[]>();
  for (const drawn of alliances) {
    const a = actors.get(drawn.alliance.source)?.index ?? 0;
    const b = actors.get(drawn.alliance.target)?.index ?? 0;
    if (a === b) continue;
    const key = `${Math.min(a, b)}|${Math.max(a, b)}`;
    const group = groups.get(key) ?? [];
    group.push(drawn);
    groups.set(key, group);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach((drawn, i) => {
      const a = actors.get(drawn.alliance.source)?.index ?? 0;
      const b = actors.get(drawn.alliance.target)?.index ?? 0;
      const swapped = a > b;
      offsets.set(drawn.alliance.id, (0.5 - group.length / 2 + i) * PARALLEL_STEP * (swapped ? -1 : 1));
    });
  }
  return offsets;
}

function alliancePath(drawn: DrawnAlliance, actors: Map<string, DrawnActor>, offset: number, markers: Markers): string {
  const { alliance } = drawn;
  const source = actors.get(alliance.source);
  const target = actors.get(alliance.target);
  if (!source || !target) return '';
  const arrow = alliance.directed ? arrowSize(alliance.width) : null;
  let d: string;
  if (source === target) {
    // A self-loop above and to the left of the actor, as Cytoscape draws loops.
    const { at, actor } = source;
    const r = actor.size / 2;
    const out = (angle: number, distance: number): [number, number] => [
      at.x + distance * Math.cos(angle),
      at.y + distance * Math.sin(angle),
    ];
    const a1 = (-100 * Math.PI) / 180;
    const a2 = (-170 * Math.PI) / 180;
    const start = out(a1, r);
    const c1 = out(a1, r + LOOP_STEP * 1.5);
    const c2 = out(a2, r + LOOP_STEP * 1.5);
    let end = out(a2, r);
    if (arrow) end = pullBack(end, c2, arrow.length);
    d = `M${num(start[0])},${num(start[1])}C${num(c1[0])},${num(c1[1])} ${num(c2[0])},${num(c2[1])} ${num(end[0])},${num(end[1])}`;
  } else {
    const s = source.at;
    const t = target.at;
    // The pair's reference direction is from the actor drawn first, as Cytoscape orders pairs.
    const [p, q] = source.index <= target.index ? [s, t] : [t, s];
    const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const normal = { x: -(q.y - p.y) / length, y: (q.x - p.x) / length };
    const sourceOut = boundaryPoint(source.actor.shape, s.x, s.y, source.actor.size, t.x, t.y);
    const targetOut = boundaryPoint(target.actor.shape, t.x, t.y, target.actor.size, s.x, s.y);
    if (offset === 0) {
      const end = arrow ? pullBack(targetOut, sourceOut, arrow.length) : targetOut;
      d = `M${num(sourceOut[0])},${num(sourceOut[1])}L${num(end[0])},${num(end[1])}`;
    } else {
      const control: [number, number] = [
        (sourceOut[0] + targetOut[0]) / 2 + normal.x * offset,
        (sourceOut[1] + targetOut[1]) / 2 + normal.y * offset,
      ];
      const start = boundaryPoint(source.actor.shape, s.x, s.y, source.actor.size, control[0], control[1]);
      let end = boundaryPoint(target.actor.shape, t.x, t.y, target.actor.size, control[0], control[1]);
      if (arrow) end = pullBack(end, control, arrow.length);
      d = `M${num(start[0])},${num(start[1])}Q${num(control[0])},${num(control[1])} ${num(end[0])},${num(end[1])}`;
    }
  }
  const path = `<path${attrs({
    d,
    fill: 'none',
    stroke: alliance.colour,
    'stroke-width': alliance.width,
    'stroke-dasharray': dashArray(alliance),
    'marker-end': arrow ? `url(#${markers.arrow(alliance.colour, alliance.width)})` : undefined,
  })}/>`;
  return `<g${attrs({ opacity: drawn.faded ? FADED_OPACITY : EDGE_OPACITY })}>${path}</g>`;
}

// ---------------------------------------------------------------------------------------------
// Legend and caption

interface Block {
  markup: string;
  height: number;
}

const LEGEND_PAD = 20;
const LEGEND_FONT = 12;
const LEGEND_LINE = 16;
const ICON_COLUMN = 44;

function legendBlock(input: SvgInput, drawn: ReturnType<typeof drawnElements>, markers: Markers): Block {
  const { appearance, legend, lang } = input;
  const textX = ICON_COLUMN;
  const textMax = LEGEND_WIDTH - 2 * LEGEND_PAD - ICON_COLUMN;
  const parts: string[] = [];
  let y = 0;

  const heading = (text: string, size = LEGEND_FONT, gap = 8) => {
    y += gap;
    for (const line of wrapText(text, LEGEND_WIDTH - 2 * LEGEND_PAD, size)) {
      y += size * 1.3;
      parts.push(`<text${attrs({ x: 0, y, 'font-size': size, 'font-weight': 'bold', fill: TEXT_COLOUR })}>${escapeXml(line)}</text>`);
    }
    y += 4;
  };
  /** A row: an icon drawn around the row's middle (iconY), then wrapped text beside it. */
  const row = (icon: (middle: number) => string, text: string, colour = TEXT_COLOUR) => {
    const lines = wrapText(text, textMax, LEGEND_FONT);
    const height = Math.max(22, lines.length * LEGEND_LINE + 6);
    const middle = y + height / 2;
    parts.push(icon(middle));
    const firstBaseline = middle - ((lines.length - 1) * LEGEND_LINE) / 2 + LEGEND_FONT * 0.35;
    lines.forEach((line, i) => {
      parts.push(
        `<text${attrs({ x: textX, y: firstBaseline + i * LEGEND_LINE, 'font-size': LEGEND_FONT, fill: colour })}>${escapeXml(line)}</text>`,
      );
    });
    y += height;
  };

  heading(legend.title, 15, 0);

  const actors = [...drawn.actors.values()];
  const kindsDrawn = new Set(actors.map((entry) => entry.actor.kind));
  heading(legend.kinds);
  for (const visual of appearance.kinds.values()) {
    if (!kindsDrawn.has(visual.kind)) continue;
    row(
      (middle) =>
        `<path${attrs({ d: shapePath(visual.shape, 18, middle, 18), fill: visual.colour, stroke: NODE_BORDER, 'stroke-width': 1 })}/>`,
      visual.names[lang],
    );
  }
  row((middle) => actorShape('ellipse', '#B9BEC6', true, 18, middle, 16, []), legend.group);
  row(
    (middle) =>
      `<circle${attrs({ cx: 10, cy: middle, r: 5, fill: '#B9BEC6' })}/><circle${attrs({ cx: 28, cy: middle, r: 9, fill: '#B9BEC6' })}/>`,
    legend.size,
    MUTED_COLOUR,
  );
  row((middle) => sdgRing(['#E5243B', '#3F7E44', '#19486A'], 18, middle, 28 / PIE_SIZE), legend.sdgRing, MUTED_COLOUR);

  const coloursDrawn = new Set(actors.flatMap((entry) => entry.actor.sdgColours));
  const sdgsDrawn = SDGS.filter((sdg) => coloursDrawn.has(sdg.colour));
  if (sdgsDrawn.length > 0) {
    heading(legend.sdgs);
    for (const sdg of sdgsDrawn) {
      row(
        (middle) => `<rect${attrs({ x: 11, y: middle - 6, width: 14, height: 12, rx: 2, fill: sdg.colour })}/>`,
        fill(legend.sdg, { number: String(sdg.number), name: sdg[lang] }),
      );
    }
  }

  const alliances = drawn.alliances.map((entry) => entry.alliance);
  if (alliances.length > 0) {
    const sample =
      (colour: string, dash: string | undefined, round = false) =>
      (middle: number) =>
        `<line${attrs({ x1: 1, y1: middle, x2: 35, y2: middle, stroke: colour, 'stroke-width': 3, 'stroke-dasharray': dash, 'stroke-linecap': round ? 'round' : undefined })}/>`;
    heading(legend.support);
    const coloursUsed = new Set(alliances.map((alliance) => alliance.colour));
    for (const visual of SUPPORT_VISUALS) {
      if (!coloursUsed.has(visual.colour)) continue;
      const form = SUPPORT_FORMS.find((candidate) => candidate.code === visual.code);
      const dash = visual.lineStyle === 'dotted' ? '1 4' : visual.dashPattern.length > 0 ? visual.dashPattern.join(' ') : undefined;
      row(sample(visual.colour, dash, visual.lineStyle === 'dotted'), form?.[lang] ?? visual.code);
    }
    if (coloursUsed.has(MULTI_SUPPORT_COLOUR)) row(sample(MULTI_SUPPORT_COLOUR, undefined), legend.multiSupport);
    if (coloursUsed.has(NO_SUPPORT_COLOUR)) row(sample(NO_SUPPORT_COLOUR, undefined), legend.noSupport);
    y += 4;
    row(
      (middle) => {
        const id = markers.arrow(MULTI_SUPPORT_COLOUR, 2);
        const { length } = arrowSize(2);
        return `<line${attrs({ x1: 1, y1: middle, x2: 36 - length * 0.6, y2: middle, stroke: MULTI_SUPPORT_COLOUR, 'stroke-width': 2, 'marker-end': `url(#${id})` })}/>`;
      },
      legend.arrows,
      MUTED_COLOUR,
    );
  }
  if (actors.some((entry) => entry.faded) || drawn.alliances.some((entry) => entry.faded)) {
    row(
      (middle) => `<g${attrs({ opacity: 0.25 })}><circle${attrs({ cx: 18, cy: middle, r: 8, fill: '#6F8A72' })}/></g>`,
      legend.faded,
      MUTED_COLOUR,
    );
  }
  return { markup: parts.join(''), height: y };
}

const CAPTION_PAD = 20;

function captionBlock(input: SvgInput, width: number): Block {
  const { meta, caption, lang } = input;
  const max = width - 2 * CAPTION_PAD;
  const parts: string[] = [];
  let y = 0;
  const lines = (text: string, size: number, style: Record<string, string | number | undefined>, gap: number, breakWords = false) => {
    const wrapped = wrapText(text, max, size, breakWords);
    wrapped.forEach((line, i) => {
      y += (i === 0 ? gap : 0) + size * 1.3;
      parts.push(`<text${attrs({ x: 0, y, 'font-size': size, ...style })}>${escapeXml(line)}</text>`);
    });
    return wrapped;
  };
  lines(meta.title, 18, { 'font-weight': 'bold', fill: TEXT_COLOUR }, 0);
  const facts: string[] = [];
  const source = meta.sources?.[0]?.title;
  if (source) facts.push(fill(caption.source, { title: source }));
  if (meta.updated) facts.push(fill(caption.updated, { date: formatDataDate(meta.updated, lang) }));
  if (meta.license) facts.push(fill(caption.license, { license: meta.license }));
  if (facts.length > 0) lines(facts.join(' · '), 13, { fill: MUTED_COLOUR }, 4);
  if (caption.url) {
    lines(caption.link, 12, { fill: MUTED_COLOUR }, 6);
    const start = parts.length;
    lines(caption.url, 12, { fill: LINK_COLOUR }, 0, true);
    const linkLines = parts.splice(start).join('');
    parts.push(`<a${attrs({ href: caption.url, 'xlink:href': caption.url })}>${linkLines}</a>`);
  }
  return { markup: parts.join(''), height: y + CAPTION_PAD };
}

// ---------------------------------------------------------------------------------------------

/** The drawing and its size; see {@link buildSvg}. */
export function buildSvgDocument(input: SvgInput): SvgDocument {
  const { appearance, positions, visibility, viewport, meta, lang } = input;
  const scale = input.scale ?? 1;
  const mapWidth = Math.max(1, Math.round(viewport.widthPx));
  const mapHeight = Math.max(1, Math.round(viewport.heightPx));
  const drawn = drawnElements(appearance, positions, visibility);
  const markers = new Markers();

  // Alliances under actors, labels over both; filtered-out (faded) elements under the others.
  const offsets = parallelOffsets(drawn.alliances, drawn.actors);
  const orderedAlliances = [...drawn.alliances.filter((entry) => entry.faded), ...drawn.alliances.filter((entry) => !entry.faded)];
  const allianceMarkup = orderedAlliances
    .map((entry) => alliancePath(entry, drawn.actors, offsets.get(entry.alliance.id) ?? 0, markers))
    .join('');
  const actorsInOrder = [...drawn.actors.values()].sort((a, b) => Number(b.faded) - Number(a.faded));
  const actorMarkup = actorsInOrder
    .map((entry) => {
      const { actor, at } = entry;
      const shape = actorShape(actor.shape, actor.colour, actor.isGroup, at.x, at.y, actor.size, actor.sdgColours);
      return entry.faded ? `<g${attrs({ opacity: FADED_OPACITY })}>${shape}</g>` : `<g>${shape}</g>`;
    })
    .join('');
  const labelMarkup = actorsInOrder
    .map((entry) => {
      const label = actorLabel(entry, input.measure ?? textWidth);
      return entry.faded && label ? `<g${attrs({ opacity: FADED_OPACITY })}>${label}</g>` : label;
    })
    .join('');

  const legend = legendBlock(input, drawn, markers);
  const bodyHeight = Math.max(mapHeight, Math.ceil(legend.height) + 2 * LEGEND_PAD);
  const width = mapWidth + LEGEND_WIDTH;
  const caption = captionBlock(input, width);
  const captionTop = bodyHeight;
  const height = Math.ceil(bodyHeight + CAPTION_PAD + caption.height);

  const modelWidth = Math.max(viewport.x2 - viewport.x1, 1e-6);
  const modelHeight = Math.max(viewport.y2 - viewport.y1, 1e-6);
  const description = [meta.title, meta.sources?.[0]?.title, meta.updated, input.caption.url].filter(Boolean).join(' · ');

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      'xmlns:xlink': 'http://www.w3.org/1999/xlink',
      version: '1.1',
      width: width * scale,
      height: height * scale,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT_STACK,
      'xml:lang': lang,
      role: 'img',
      'aria-labelledby': 'alliance-map-title',
    })}>\n` +
    `<title id="alliance-map-title">${escapeXml(meta.title)}</title>\n` +
    `<desc>${escapeXml(description)}</desc>\n` +
    `<defs>${markers.markup()}</defs>\n` +
    `<rect${attrs({ x: 0, y: 0, width, height, fill: '#FFFFFF' })}/>\n` +
    `<svg${attrs({ x: 0, y: 0, width: mapWidth, height: mapHeight, viewBox: `${num(viewport.x1)} ${num(viewport.y1)} ${num(modelWidth)} ${num(modelHeight)}`, preserveAspectRatio: 'xMidYMid meet', overflow: 'hidden' })}>\n` +
    `<g id="alliances" fill="none">${allianceMarkup}</g>\n` +
    `<g id="actors">${actorMarkup}</g>\n` +
    `<g id="labels"${attrs({ 'text-anchor': 'middle', fill: TEXT_COLOUR, stroke: '#FFFFFF', 'stroke-width': LABEL_HALO * 2, 'stroke-opacity': 0.9, 'stroke-linejoin': 'round', 'paint-order': 'stroke' })}>${labelMarkup}</g>\n` +
    `</svg>\n` +
    `<line${attrs({ x1: mapWidth + 0.5, y1: 0, x2: mapWidth + 0.5, y2: bodyHeight, stroke: LINE_COLOUR })}/>\n` +
    `<g id="legend"${attrs({ transform: `translate(${mapWidth + LEGEND_PAD} ${LEGEND_PAD})` })}>${legend.markup}</g>\n` +
    `<rect${attrs({ x: 0, y: captionTop, width, height: height - captionTop, fill: '#FAFAF8' })}/>\n` +
    `<line${attrs({ x1: 0, y1: captionTop + 0.5, x2: width, y2: captionTop + 0.5, stroke: LINE_COLOUR })}/>\n` +
    `<g id="caption"${attrs({ transform: `translate(${CAPTION_PAD} ${captionTop + CAPTION_PAD})` })}>${caption.markup}</g>\n` +
    `</svg>\n`;
  return { svg, width, height };
}

/**
 * An SVG of the current view: the map clipped to the screen's model rectangle (a nested `<svg>`
 * whose viewBox is that rectangle, drawn at the screen's size in CSS pixels), a legend panel to
 * its right and a caption band below. Valid standalone SVG 1.1 (browsers, Inkscape).
 */
export function buildSvg(input: SvgInput): string {
  return buildSvgDocument(input).svg;
}

/**
 * A viewport framing every drawn actor, for when the map cannot say what it shows (not drawn
 * yet): 1200 CSS pixels wide, as tall as the drawing's proportions ask (400 to 1200).
 */
export function viewportAround(appearance: Appearance, positions: Positions, visibility: Visibility, widthPx = 1200): MapViewport {
  const { actors } = drawnElements(appearance, positions, visibility);
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { actor, at } of actors.values()) {
    const r = actor.size / 2;
    x1 = Math.min(x1, at.x - r - LABEL_MAX_WIDTH / 2);
    x2 = Math.max(x2, at.x + r + LABEL_MAX_WIDTH / 2);
    y1 = Math.min(y1, at.y - r);
    y2 = Math.max(y2, at.y + r + 3 * actor.fontSize * LABEL_LINE_HEIGHT);
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
