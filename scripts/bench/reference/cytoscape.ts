// Bare Cytoscape: default settings and style, preset positions. The reference the Cytoscape
// renderer is compared with in `npm run bench`.
import cytoscape from 'cytoscape';
import { container, loadData, markReady } from './common';

const data = await loadData();
const cy = cytoscape({
  container: container(),
  elements: [
    ...data.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.label },
      position: { x: node.x ?? 0, y: node.y ?? 0 },
    })),
    ...data.edges.map((edge) => ({ group: 'edges' as const, data: { id: edge.id, source: edge.source, target: edge.target } })),
  ],
  layout: { name: 'preset' },
});
cy.one('render', markReady);
