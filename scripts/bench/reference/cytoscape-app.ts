// The Cytoscape renderer as src/map/CytoscapeMap.tsx sets it up (same elements, stylesheet,
// options, visibility, framing, label levels and hover highlight), with variants named in
// ?v=a,b,… to measure option and style changes without touching the app
// (scripts/bench/compare.ts --cytoscape-options). window.__variant.filter(sdg) applies an SDG
// filter the way the app's renderer does (classes in one batch) and times it to the next frame.
import cytoscape, { type CytoscapeOptions, type NodeSingular } from 'cytoscape';
import { applyFilters, emptyFilters } from '../../../src/filters';
import { fitView, withLabelRoom } from '../../../src/map/camera';
import { viewportFor, visibleNodesBox } from '../../../src/map/cytoscapeView';
import { toElements } from '../../../src/map/elements';
import { clearHighlight, highlightNeighbourhood } from '../../../src/map/highlight';
import { followLabelLevels, updateLabelLevels } from '../../../src/map/labelLevels';
import { mapStylesheet } from '../../../src/map/stylesheet';
import { applyVisibility } from '../../../src/map/visibility';
import { buildGraph } from '../../../src/model/graph';
import type { DataFile } from '../../../src/model/types';
import { computeAppearance } from '../../../src/view/appearance';
import { container, loadData, markReady } from './common';

/**
 * The variants this page knows, each a change one could make in CytoscapeMap or the stylesheet.
 * dataPie, bboxNoLabels and bulkVisibility are what CytoscapeMap does now (pie from data fields,
 * framing without labels, bulk class changes): those names change nothing any more.
 */
export const VARIANTS = [
  'hideEdgesOnViewport',
  'textureOnViewport',
  'straight',
  'haystack',
  'noTransition',
  'noWrap',
  'noLabelLevels',
  'noArrows',
] as const;

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
const dropRule = (selector: string) =>
  style.splice(
    style.findIndex((rule) => rule.selector === selector),
    1,
  );
if (variants.has('straight') || variants.has('haystack')) dropRule('edge[?parallel]'); // every alliance, parallel or not
if (variants.has('straight') && edgeRule) edgeRule.style['curve-style'] = 'straight';
if (variants.has('haystack') && edgeRule) edgeRule.style['curve-style'] = 'haystack';
if (variants.has('noArrows')) dropRule('edge[?directed]');
if (variants.has('noTransition')) {
  for (const rule of [nodeRule, edgeRule]) {
    delete rule?.style['transition-property'];
    delete rule?.style['transition-duration'];
  }
}
if (variants.has('noWrap') && nodeRule) nodeRule.style['text-wrap'] = 'ellipsis';

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
const all = { visibleNodeIds: new Set(graph.nodes()), visibleEdgeIds: new Set(graph.edges()), filtered: 'hide' as const };
applyVisibility(cy, all);
const screen = { width: cy.width(), height: cy.height() };
cy.viewport(
  viewportFor(
    cy,
    fitView(
      screen.width > 600 ? withLabelRoom(visibleNodesBox(cy)) : visibleNodesBox(cy),
      screen,
      40,
      {},
      { min: cy.minZoom(), max: cy.maxZoom() },
    ),
  ),
);
if (!variants.has('noLabelLevels')) {
  updateLabelLevels(cy);
  followLabelLevels(cy);
}
cy.one('render', markReady);
cy.on('mouseover', 'node', (event) => highlightNeighbourhood(cy, event.target as NodeSingular));
cy.on('mouseout', 'node', () => clearHighlight(cy));

(window as unknown as { __variant: unknown }).__variant = {
  async filter(sdg: number): Promise<number> {
    const started = performance.now();
    const visible = applyFilters(graph, { ...emptyFilters(), sdg: [sdg] });
    applyVisibility(cy, { visibleNodeIds: visible.visibleNodeIds, visibleEdgeIds: visible.visibleEdgeIds, filtered: 'hide' });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  },
};
