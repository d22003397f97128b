// Labels of the WebGL mode, drawn like Cytoscape's: centred under the actor, dark text in a white
// halo. Which labels show is sigma's label grid: the largest (most connected) actor of each cell
// first, more as the reader zooms in (labelDensity, labelGridCellSize).
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { THEME } from '../../view/theme';
import { withAlpha } from './sigmaGraph';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

const { label: LABEL, webgl } = THEME;

export const LABEL_FONT = THEME.fontFamily;
export const LABEL_SIZE = LABEL.minScreenPx;

/** A long name cut to fit, with an ellipsis. */
export function shortLabel(label: string): string {
  const max = webgl.label.maxCharacters;
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** The baseline of a label: under the actor, a small gap below its outline. */
function baseline(data: LabelData, size: number): number {
  return data.y + data.size + size + webgl.label.gapPx;
}

export function drawLabel(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: { labelSize: number; labelFont: string; labelWeight: string },
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const text = shortLabel(data.label);
  const y = baseline(data, size);
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.textAlign = 'center';
  context.lineJoin = 'round';
  context.lineWidth = webgl.label.haloWidthPx;
  context.strokeStyle = withAlpha(LABEL.halo.colour, LABEL.halo.opacity);
  context.strokeText(text, data.x, y);
  context.fillStyle = LABEL.colour;
  context.fillText(text, data.x, y);
  context.textAlign = 'start';
}

/** A hovered or selected actor: its label on a white plate, so it reads above the others. */
export function drawHover(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: { labelSize: number; labelFont: string; labelWeight: string },
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const text = shortLabel(data.label);
  const { hoverWeight, platePaddingPx, plateBelowPx, plateOpacity } = webgl.label;
  context.font = `${hoverWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(text).width;
  const y = baseline(data, size);
  context.fillStyle = withAlpha(THEME.ink.paper, plateOpacity);
  context.fillRect(data.x - width / 2 - platePaddingPx, y - size, width + 2 * platePaddingPx, size + plateBelowPx);
  context.textAlign = 'center';
  context.fillStyle = LABEL.colour;
  context.fillText(text, data.x, y);
  context.textAlign = 'start';
}
