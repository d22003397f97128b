// The Cytoscape renderer as src/map/CytoscapeMap.tsx sets it up (same elements, stylesheet,
// options, visibility, framing, label levels and hover highlight), with variants named in
// ?v=a,b,… to measure option and style changes without touching the app
// (scripts/bench/compare.ts --cytoscape-options). window.__variant.filter(sdg) applies an SDG
// filter the way the app's renderer does (classes in one batch) and times it to the next frame.
import cytoscape, { type Core, type CytoscapeOptions, type NodeSingular } from 'cytoscape';
import { applyFilters, emptyFilters } from '../../../src/filters';
import { fitViewport } from '../../../src/map/camera';
import { toElements } from '../../../src/map/elements';
import { clearHighlight, highlightNeighbourhood } from '../../../src/map/highlight';
import { updateLabelLevels } from '../../../src/map/labelLevels';
import { mapStylesheet } from '../../../src/map/stylesheet';
import { applyVisibility } from '../../../src/map/visibility';
import { buildGraph } from '../../../src/model/graph';
import type { DataFile } from '../../../src/model/types';
import { computeAppearance } from '../../../src/view/appearance';
import type { Visibility } from '../../../src/view/types';
import { container, loadData, markReady } from './common';

/** The variants this page knows, each a change one could make in CytoscapeMap or the stylesheet. */
export const VARIANTS = [
  'hideEdgesOnViewport',
  'textureOnViewport',
  'straight',
  'haystack',
  'noTransition',
  'noWrap',
  'dataPie',
  'noLabelLevels',
  'noArrows',
  'bboxNoLabels',
  'bulkVisibility',
] as const;

/** applyVisibility in two bulk class changes on collections, touching only what changes. */
function bulkVisibility(cy: Core, visibility: Visibility): void {
  const outClass = visibility.filtered === 'fade' ? 'faded' : 'hidden';
  const otherClass = visibility.filtered === 'fade' ? 'hidden' : 'faded';
  cy.batch(() => {
    cy.elements(`.${otherClass}`).removeClass(otherClass);
    const hide = cy.elements().filter((element) => {
      const visible = element.isNode() ? visibility.visibleNodeIds.has(element.id()) : visibility.visibleEdgeIds.has(element.id());
      return !visible && !element.hasClass(outClass);
    });
    const reveal = cy.elements(`.${outClass}`).filter((element) =>
      element.isNode() ? visibility.visibleNodeIds.has(element.id()) : visibility.visibleEdgeIds.has(element.id()),
    );
    hide.addClass(outClass);
    reveal.removeClass(outClass);
  });
}

const variants = new Set((new URLSearchParams(window.location.search).get('v') ?? '').split(',').filter(Boolean));
const file = (await loadData()) as unknown as DataFile;
const graph = buildGraph(file);
const appearance = computeAppearance(graph, 'fr');
const positions = Object.fromEntries(file.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
const elements = toElements(appearance, positions);

type Rule = { selector: string; style: Record<string, unknown> };
const style = mapStylesheet(appearance.actors.length) as unknown as Rule[];
const nodeRule = style.find((rule) => rule.selector === 'node');
const edgeRule = style.find((rule) => rule.selector === 'edge');
if (variants.has('straight') && edgeRule) edgeRule.style['curve-style'] = 'straight';
if (variants.has('haystack') && edgeRule) edgeRule.style['curve-style'] = 'haystack';
if (variants.has('noArrows')) style.splice(style.findIndex((rule) => rule.selector === 'edge[?directed]'), 1);
if (variants.has('noTransition')) {
  for (const rule of [nodeRule, edgeRule]) {
    delete rule?.style['transition-property'];
    delete rule?.style['transition-duration'];
  }
}
if (variants.has('noWrap') && nodeRule) nodeRule.style['text-wrap'] = 'ellipsis';
if (variants.has('dataPie') && nodeRule) {
  // The 16 slices read plain data fields instead of calling 32 functions per node.
  for (const element of elements) {
    if (element.group !== 'nodes') continue;
    const colours = element.data.sdgColours as string[];
    const count = Math.min(colours.length, 16);
    for (let slice = 1; slice <= 16; slice++) {
      element.data[`pie${slice}c`] = colours[slice - 1] ?? '#ffffff';
      element.data[`pie${slice}s`] = slice <= count ? 100 / count : 0;
    }
  }
  for (let slice = 1; slice <= 16; slice++) {
    nodeRule.style[`pie-${slice}-background-color`] = `data(pie${slice}c)`;
    nodeRule.style[`pie-${slice}-background-size`] = `data(pie${slice}s)`;
  }
}

const options: CytoscapeOptions = {
  container: container(),
  elements,
  style,
  layout: { name: 'preset', fit: false },
  minZoom: 0.05,
  maxZoom: 6,
  boxSelectionEnabled: false,
  selectionType: 'single',
};
if (variants.has('hideEdgesOnViewport')) options.hideEdgesOnViewport = true;
if (variants.has('textureOnViewport')) options.textureOnViewport = true;
const cy = cytoscape(options);
const show = variants.has('bulkVisibility') ? bulkVisibility : applyVisibility;
const all = { visibleNodeIds: new Set(graph.nodes()), visibleEdgeIds: new Set(graph.edges()), filtered: 'hide' as const };
show(cy, all);
const box = variants.has('bboxNoLabels') ? cy.elements().boundingBox({ includeLabels: false, includeOverlays: false }) : cy.elements().not('.hidden').boundingBox();
cy.viewport(fitViewport(cy, box, 40));
if (!variants.has('noLabelLevels')) updateLabelLevels(cy);
cy.one('render', markReady);
let labelFrame = 0;
if (!variants.has('noLabelLevels')) {
  cy.on('zoom resize', () => {
    cancelAnimationFrame(labelFrame);
    labelFrame = requestAnimationFrame(() => updateLabelLevels(cy));
  });
}
cy.on('mouseover', 'node', (event) => highlightNeighbourhood(cy, event.target as NodeSingular));
cy.on('mouseout', 'node', () => clearHighlight(cy));

(window as unknown as { __variant: unknown }).__variant = {
  async filter(sdg: number): Promise<number> {
    const started = performance.now();
    const visible = applyFilters(graph, { ...emptyFilters(), sdg: [sdg] });
    show(cy, { visibleNodeIds: visible.visibleNodeIds, visibleEdgeIds: visible.visibleEdgeIds, filtered: 'hide' });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  },
};
