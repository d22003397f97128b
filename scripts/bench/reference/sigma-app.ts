// sigma.js set up as the app's WebGL mode sets it up (src/map/sigma/sigmaAdapter.ts: the model
// graph, the appearance, sigma's graph, the app's programs, labels and visibility texture, the
// framing), on the main thread and with nothing else of the app: no worker, no React, no
// interface. In `npm run bench`, what the map's look alone costs beside bare sigma.js (sigma.ts).
import { filePositions } from '../../../src/app/filePositions';
import { framing } from '../../../src/map/framing';
import { createSigmaAdapter } from '../../../src/map/sigma/sigmaAdapter';
import { buildGraph } from '../../../src/model/graph';
import type { DataFile } from '../../../src/model/types';
import { computeAppearance } from '../../../src/view/appearance';
import { THEME } from '../../../src/view/theme';
import { container, loadData, markReady } from './common';

const file = (await loadData()) as unknown as DataFile;
const graph = buildGraph(file);
const appearance = computeAppearance(graph, 'fr');
// The bench's maps place every actor; an unplaced one would stand at the origin.
const positions = filePositions(graph) ?? {};
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
adapter.showView(framing(adapter, container()), 0);
