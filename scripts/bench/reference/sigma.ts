// Bare sigma.js + graphology: default settings, preset positions. The reference the WebGL mode is
// compared with in `npm run bench`.
import Graph from 'graphology';
import Sigma from 'sigma';
import { container, loadData, markReady } from './common';

const data = await loadData();
const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
for (const node of data.nodes) graph.addNode(node.id, { x: node.x ?? 0, y: -(node.y ?? 0), size: 3, label: node.label });
for (const edge of data.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { size: 1 });
new Sigma(graph, container());
markReady();
