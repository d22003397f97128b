import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { CreateAdapter } from './adapter';
import { readView, viewportFor, visibleNodesBox } from './cytoscapeView';
import { toElements } from './elements';
import { clearHighlight, highlightNeighbourhood } from './highlight';
import { followLabelLevels, updateLabelLevels } from './labelLevels';
import type { MapRendererProps } from './mapHandle';
import { mapStylesheet } from './stylesheet';
import { useMapSurface } from './useMapSurface';
import { applyVisibility } from './visibility';

/** Highlights the selected actor's neighbourhood, or nothing. */
function highlightSelection(cy: Core): void {
  clearHighlight(cy);
  const selected = cy.nodes(':selected');
  if (selected.nonempty()) highlightNeighbourhood(cy, selected[0] as NodeSingular);
}

/** The full drawing, on Cytoscape.js: elements built once per appearance, classes toggled in batches. */
const createCytoscapeAdapter: CreateAdapter = (container, init, events) => {
  const cy = cytoscape({
    container,
    elements: toElements(init.appearance, init.positions),
    style: mapStylesheet(init.appearance.actors.length, init.theme),
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 6,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  applyVisibility(cy, init.visibility);
  cy.one('render', () => events.onDrawn());
  const stopLabelLevels = followLabelLevels(cy);
  cy.on('viewport', () => events.onViewChange());
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as NodeSingular;
    highlightNeighbourhood(cy, node);
    const point = node.renderedPosition();
    events.onHover({ id: node.id(), x: point.x, y: point.y - node.renderedOuterHeight() / 2 });
  });
  cy.on('mouseout', 'node', () => {
    events.onHover(null);
    highlightSelection(cy);
  });
  cy.on('tap', (event) => {
    if (event.target === cy) events.onSelect(null);
    else if ((event.target as NodeSingular).isNode()) events.onSelect((event.target as NodeSingular).id());
  });
  cy.on('dragfree', 'node', (event) => {
    const node = event.target as NodeSingular;
    const { x, y } = node.position();
    events.onNodeMoved(node.id(), x, y);
  });

  return {
    zoomLimits: { min: cy.minZoom(), max: cy.maxZoom() },
    size: () => ({ width: cy.width(), height: cy.height() }),
    readView: () => readView(cy),
    showView(view, durationMs, done) {
      cy.stop(true, false);
      if (durationMs > 0) cy.animate(viewportFor(cy, view), { duration: durationMs, complete: done });
      else {
        cy.viewport(viewportFor(cy, view));
        done?.();
      }
    },
    visibleBox: () => visibleNodesBox(cy),
    positionOf(id) {
      const node = cy.getElementById(id);
      return node.nonempty() ? { ...node.position() } : null;
    },
    resize: () => cy.resize(),
    setVisibility: (visibility) => applyVisibility(cy, visibility),
    setPositions(positions) {
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const position = positions[node.id()];
          if (position && (node.position('x') !== position.x || node.position('y') !== position.y)) node.position({ ...position });
        });
      });
    },
    setSelected(id) {
      cy.$(':selected').unselect();
      if (id) cy.getElementById(id).select();
      highlightSelection(cy);
    },
    setPresenting(presenting) {
      cy.scratch('presenting', presenting);
      updateLabelLevels(cy);
    },
    setLabelLeaders(leaders) {
      cy.scratch('labelLeaders', leaders);
      updateLabelLevels(cy);
    },
    pointerLeft() {
      // Cytoscape does not always see the pointer leave its canvas.
      events.onHover(null);
      highlightSelection(cy);
    },
    destroy() {
      stopLabelLevels();
      cy.destroy();
    },
  };
};

export function CytoscapeMap(props: MapRendererProps) {
  const surface = useMapSurface(props, createCytoscapeAdapter);
  return <div {...surface} />;
}
