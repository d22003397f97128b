import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';

// Quiet base: dark grey text with a white halo, muted kind colours, SDG segments as the only
// saturated colours (a ring of pie slices around the node).
const SDG_SLICES = 16; // Cytoscape's pie has 16 slices; an actor with all 17 goals shows 16.

function sdgSliceStyles(): Record<string, unknown> {
  const styles: Record<string, unknown> = {};
  for (let index = 0; index < SDG_SLICES; index += 1) {
    const slice = index + 1;
    styles[`pie-${slice}-background-color`] = (node: NodeSingular) =>
      (node.data('sdgColours') as string[])[index] ?? '#ffffff';
    styles[`pie-${slice}-background-size`] = (node: NodeSingular) => {
      const count = Math.min((node.data('sdgColours') as string[]).length, SDG_SLICES);
      return index < count ? 100 / count : 0;
    };
  }
  return styles;
}

export function mapStylesheet(): StylesheetJson {
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
        'transition-property': 'opacity',
        'transition-duration': 200,
        ...sdgSliceStyles(),
      },
    },
    { selector: 'node[?hasSdgs]', style: { 'pie-size': '74%', 'pie-hole': '56%' } },
    { selector: 'node[!hasSdgs]', style: { 'pie-size': '0%' } },
    { selector: 'node[?isGroup]', style: { 'border-style': 'double', 'border-width': 6, 'border-color': '#3B4049' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 'data(width)',
        'line-color': 'data(colour)',
        'line-style': 'data(lineStyle)',
        'line-dash-pattern': (edge: EdgeSingular) => edge.data('dashPattern') as number[],
        'target-arrow-color': 'data(colour)',
        'arrow-scale': 0.9,
        opacity: 0.7,
        'transition-property': 'opacity',
        'transition-duration': 200,
      },
    },
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
