// Labels of the WebGL mode, drawn like Cytoscape's: centred under the actor, dark text in a white
// halo. Which labels show is sigma's label grid: the largest (most connected) actor of each cell
// first, more as the reader zooms in (labelDensity, labelGridCellSize).
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
export const LABEL_SIZE = 12;
const TEXT_COLOUR = '#2B2F36';
const MAX_CHARACTERS = 42;

/** A long name cut to fit, with an ellipsis. */
export function shortLabel(label: string): string {
  return label.length > MAX_CHARACTERS ? `${label.slice(0, MAX_CHARACTERS - 1).trimEnd()}…` : label;
}

export function drawLabel(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: { labelSize: number; labelFont: string; labelWeight: string },
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const text = shortLabel(data.label);
  const y = data.y + data.size + size + 2;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.textAlign = 'center';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.strokeText(text, data.x, y);
  context.fillStyle = TEXT_COLOUR;
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
  context.font = `600 ${size}px ${settings.labelFont}`;
  const width = context.measureText(text).width;
  const y = data.y + data.size + size + 2;
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.fillRect(data.x - width / 2 - 4, y - size, width + 8, size + 6);
  context.textAlign = 'center';
  context.fillStyle = TEXT_COLOUR;
  context.fillText(text, data.x, y);
  context.textAlign = 'start';
}
