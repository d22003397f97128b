import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { THEME, type Theme } from '../view/theme';
import { prefersReducedMotion } from './camera';
import { SDG_SLICES } from './elements';

// Quiet base: dark grey text with a white halo, muted kind colours, SDG segments as the only
// saturated colours (a ring of pie slices around the node, from the data fields of sdgPieData).
// Every number and colour comes from the theme.
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
export const TRANSITIONS_UP_TO_ACTORS = THEME.motion.fadeUpToActors;

export function mapStylesheet(actorCount: number, theme: Theme = THEME): StylesheetJson {
  const { label, motion } = theme;
  const animated = actorCount <= motion.fadeUpToActors && !prefersReducedMotion();
  const transition = animated ? { 'transition-property': 'opacity', 'transition-duration': motion.fadeMs } : {};
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
        'font-family': theme.fontFamily,
        color: label.colour,
        'text-valign': 'bottom',
        'text-margin-y': label.gap,
        'text-wrap': 'wrap',
        'text-max-width': `${label.maxWidth}px`,
        'text-outline-color': label.halo.colour,
        'text-outline-width': label.halo.width,
        'text-outline-opacity': label.halo.opacity,
        'min-zoomed-font-size': label.minScreenPx,
        'border-width': theme.node.borderWidth,
        'border-color': theme.node.borderColour,
        ...transition,
        ...sdgSliceStyles(),
      },
    },
    { selector: 'node[?hasSdgs]', style: { 'pie-size': `${theme.sdgRing.sizePercent}%`, 'pie-hole': `${theme.sdgRing.holePercent}%` } },
    { selector: 'node[!hasSdgs]', style: { 'pie-size': '0%' } },
    {
      selector: 'node[?isGroup]',
      style: { 'border-style': 'double', 'border-width': theme.group.borderWidth, 'border-color': theme.group.borderColour },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        width: theme.edge.extraWidth === 0 ? 'data(width)' : (edge: EdgeSingular) => (edge.data('width') as number) + theme.edge.extraWidth,
        'line-color': 'data(colour)',
        'line-style': 'data(lineStyle)',
        'line-dash-pattern': (edge: EdgeSingular) => edge.data('dashPattern') as number[],
        'target-arrow-color': 'data(colour)',
        'arrow-scale': theme.edge.arrowScale,
        'control-point-step-size': theme.edge.curveStep,
        opacity: theme.edge.opacity,
        ...transition,
      },
    },
    { selector: 'edge[?parallel]', style: { 'curve-style': 'bezier' } }, // alliances of the same pair curve apart
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'edge.ended',
      style: { opacity: theme.ended.opacity, 'line-style': 'dashed', 'line-dash-pattern': [...theme.ended.dashPattern] },
    },
    { selector: '.faded', style: { opacity: theme.faded.opacity, events: 'no' } },
    { selector: 'node.dimmed', style: { opacity: theme.dimmed.nodeOpacity } },
    { selector: 'edge.dimmed', style: { opacity: theme.dimmed.edgeOpacity } },
    { selector: 'edge.highlighted', style: { opacity: theme.highlighted.edgeOpacity, 'z-index': theme.highlighted.zIndex } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    { selector: 'node.highlighted', style: { 'z-index': theme.highlighted.zIndex, 'min-zoomed-font-size': 0, 'text-opacity': 1 } },
    {
      selector: 'node:selected',
      style: { 'border-width': theme.selected.borderWidth, 'border-color': theme.selected.borderColour, 'border-style': 'solid' },
    },
  ] as StylesheetJson;
}
