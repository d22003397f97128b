import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { SDG_SLICES } from './elements';

// Quiet base: dark grey text with a white halo, muted kind colours, SDG segments as the only
// saturated colours (a ring of pie slices around the node, from the data fields of sdgPieData).
function sdgSliceStyles(): Record<string, string> {
  const styles: Record<string, string> = {};
  for (let slice = 1; slice <= SDG_SLICES; slice += 1) {
    styles[`pie-${slice}-background-color`] = `data(pie${slice}Colour)`;
    styles[`pie-${slice}-background-size`] = `data(pie${slice}Size)`;
  }
  return styles;
}

/**
 * Above this many actors, fading and dimming are immediate: an opacity transition on thousands
 * of elements costs more than it shows.
 */
export const TRANSITIONS_UP_TO_ACTORS = 300;

export function mapStylesheet(actorCount: number): StylesheetJson {
  const transition = actorCount <= TRANSITIONS_UP_TO_ACTORS ? { 'transition-property': 'opacity', 'transition-duration': 200 } : {};
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)',
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 'data(fontSize)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
        color: '#2B2F36',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 12, // the design brief: no label under 12 px on screen
        'border-width': 1.5,
        'border-color': '#FFFFFF',
        ...transition,
        ...sdgSliceStyles(),
      },
    },
    { selector: 'node[?hasSdgs]', style: { 'pie-size': '74%', 'pie-hole': '56%' } },
    { selector: 'node[!hasSdgs]', style: { 'pie-size': '0%' } },
    { selector: 'node[?isGroup]', style: { 'border-style': 'double', 'border-width': 6, 'border-color': '#3B4049' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        width: 'data(width)',
        'line-color': 'data(colour)',
        'line-style': 'data(lineStyle)',
        'line-dash-pattern': (edge: EdgeSingular) => edge.data('dashPattern') as number[],
        'target-arrow-color': 'data(colour)',
        'arrow-scale': 0.9,
        opacity: 0.7,
        ...transition,
      },
    },
    { selector: 'edge[?parallel]', style: { 'curve-style': 'bezier' } }, // alliances of the same pair curve apart
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'edge.ended', style: { opacity: 0.22, 'line-style': 'dashed', 'line-dash-pattern': [3, 5] } },
    { selector: '.faded', style: { opacity: 0.12, events: 'no' } },
    { selector: 'node.dimmed', style: { opacity: 0.15 } },
    { selector: 'edge.dimmed', style: { opacity: 0.08 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10 } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    { selector: 'node.highlighted', style: { 'z-index': 10, 'min-zoomed-font-size': 0, 'text-opacity': 1 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1F2329', 'border-style': 'solid' } },
  ] as StylesheetJson;
}
