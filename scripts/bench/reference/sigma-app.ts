// sigma.js set up as the app's WebGL mode sets it up (src/map/sigma/sigmaAdapter.ts: the model
// graph, the appearance, sigma's graph, the app's programs, labels and visibility texture, the
// framing), on the main thread and with nothing else of the app: no worker, no React, no
// interface. In `npm run bench`, what the map's look alone costs beside bare sigma.js (sigma.ts).
import { fitView, withLabelRoom } from '../../../src/map/camera';
import { createSigmaAdapter } from '../../../src/map/sigma/sigmaAdapter';
import { buildGraph } from '../../../src/model/graph';
import type { DataFile } from '../../../src/model/types';
import { computeAppearance } from '../../../src/view/appearance';
import { THEME } from '../../../src/view/theme';
import { container, loadData, markReady } from './common';

const file = (await loadData()) as unknown as DataFile;
const graph = buildGraph(file);
const appearance = computeAppearance(graph, 'fr');
const positions = Object.fromEntries(file.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
const adapter = createSigmaAdapter(
  container(),
  {
    appearance,
    positions,
    visibility: { visibleNodeIds: new Set(graph.nodes()), visibleEdgeIds: new Set(graph.edges()), filtered: 'hide' },
    selectedId: null,
    presenting: false,
    theme: THEME,
  },
  { onDrawn: markReady, onViewChange: () => undefined, onHover: () => undefined, onSelect: () => undefined, onNodeMoved: () => undefined },
);
const screen = adapter.size();
adapter.showView(
  fitView(screen.width > 600 ? withLabelRoom(adapter.visibleBox()) : adapter.visibleBox(), screen, 40, {}, adapter.zoomLimits),
  0,
);
