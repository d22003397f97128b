// Labels of the WebGL mode, drawn as Cytoscape draws them and by the same rules (labelRules.ts):
// centred under the actor, dark text in a white halo, at the actor's font size scaled by the zoom,
// wrapped at the theme's width; too small to read, hidden, unless among the most important, which
// are enlarged to the smallest readable size. Sigma's own label pass is off: `drawLabels` offers
// the actors that may have a label (labelCandidates.ts); `drawLabel` applies the rules.
import type Sigma from 'sigma';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { THEME } from '../../view/theme';
import { labelLevel, minScreenFont, type LabelScreen } from '../labelRules';
import { withAlpha, type SigmaEdgeAttributes, type SigmaNodeAttributes } from './sigmaGraph';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & {
  key?: string;
  fontSize?: number;
  labelRank?: number;
};
type Settings = { labelFont: string; labelWeight: string };

/** The screen and camera the labels are drawn for; the adapter keeps it current. */
export interface LabelState extends LabelScreen {
  /** How many of the most important actors keep a label (importantLabelCount). */
  important: number;
}

const { label: LABEL, webgl } = THEME;

export const LABEL_FONT = THEME.fontFamily;
export const LABEL_SIZE = LABEL.minScreenPx;

const wrapped = new Map<string, string[]>();

/** A label cut into lines no wider than `width` pixels, at spaces (a longer word stays whole). */
export function wrapLabel(context: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The label's lines and size on screen, or null when the rules hide it. */
function layout(context: CanvasRenderingContext2D, data: LabelData, state: LabelState, weight: string, family: string) {
  // No screen yet (sigma's frame as it is made, before beforeRender ran): no label to place.
  if (!data.label || state.width === 0) return null;
  const fontSize = data.fontSize ?? LABEL.minScreenPx;
  const actor = { id: data.key ?? '', fontSize, labelRank: data.labelRank ?? Infinity };
  const level = labelLevel(actor, state, state.important);
  if (level.hidden && !data.forceLabel) return null;
  let px = (level.enlargedFont ?? fontSize) * state.zoom;
  // A highlighted actor is always named, and readably (the design brief: no label under 12 px).
  if (data.forceLabel) px = Math.max(px, minScreenFont(state.presenting));
  context.font = `${weight} ${px}px ${family}`;
  const width = (LABEL.maxWidth * px) / fontSize;
  const key = `${context.font}|${Math.round(width)}|${data.label}`;
  let lines = wrapped.get(key);
  if (!lines) {
    lines = wrapLabel(context, data.label, width);
    if (wrapped.size > 5_000) wrapped.clear();
    wrapped.set(key, lines);
  }
  // The top of the text, a gap below the actor's outline (Cytoscape's text-margin-y).
  const top = data.y + data.size + LABEL.gap * state.zoom;
  return { lines, px, top, lineHeight: px * LABEL.lineHeight };
}

/** The label drawer and hover drawer of one map, reading its label state. */
export function labelDrawers(state: LabelState) {
  function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
    const text = layout(context, data, state, settings.labelWeight, settings.labelFont);
    if (!text) return;
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.lineJoin = 'round';
    // Cytoscape's outline is in model units: it grows with the zoom.
    context.lineWidth = Math.max(webgl.label.haloWidthPx, LABEL.halo.width * state.zoom);
    context.strokeStyle = withAlpha(LABEL.halo.colour, LABEL.halo.opacity);
    context.fillStyle = LABEL.colour;
    text.lines.forEach((line, index) => {
      const y = text.top + index * text.lineHeight;
      context.strokeText(line, data.x, y);
      context.fillText(line, data.x, y);
    });
    context.textAlign = 'start';
    context.textBaseline = 'alphabetic';
  }

  /** A hovered or selected actor: its label on a white plate, so it reads above the others. */
  function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
    const { hoverWeight, platePaddingPx, plateBelowPx, plateOpacity } = webgl.label;
    const text = layout(context, { ...data, forceLabel: true }, state, String(hoverWeight), settings.labelFont);
    if (!text) return;
    const width = Math.max(...text.lines.map((line) => context.measureText(line).width));
    const height = text.lines.length * text.lineHeight;
    context.fillStyle = withAlpha(THEME.ink.paper, plateOpacity);
    context.fillRect(data.x - width / 2 - platePaddingPx, text.top - platePaddingPx / 2, width + 2 * platePaddingPx, height + plateBelowPx);
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.fillStyle = LABEL.colour;
    text.lines.forEach((line, index) => context.fillText(line, data.x, text.top + index * text.lineHeight));
    context.textAlign = 'start';
    context.textBaseline = 'alphabetic';
  }

  return { drawLabel, drawHover };
}

/** Sigma's margins around the screen within which a label is still drawn (its centre may be off screen). */
const X_MARGIN = 150;
const Y_MARGIN = 50;

type Drawer = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => void;

/**
 * The label pass of one frame, on the labels layer sigma cleared: each of `ids` still shown (by the
 * filters: `isShown`) and near the screen, at its place on screen, in that order. Only these are
 * copied, not every actor.
 */
export function drawLabels(
  sigma: Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>,
  ids: readonly string[],
  isShown: (id: string) => boolean,
  drawLabel: Drawer,
): void {
  const context = sigma.getCanvases().labels?.getContext('2d');
  if (!context) return;
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  for (const id of ids) {
    if (!isShown(id)) continue;
    const data = sigma.getNodeDisplayData(id);
    if (!data) continue;
    const { x, y } = sigma.framedGraphToViewport(data);
    if (x < -X_MARGIN || x > width + X_MARGIN || y < -Y_MARGIN || y > height + Y_MARGIN) continue;
    drawLabel(context, { ...data, key: id, x, y, size: sigma.scaleSize(data.size) }, settings);
  }
}
