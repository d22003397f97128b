// The WebGL drawing's adapter for the shared map surface (useMapSurface): sigma.js set up as the
// app draws with it. SigmaMap.tsx wraps it in the surface; the bench's sigma-app page uses it bare.
import Sigma from 'sigma';
import type { CreateAdapter } from '../adapter';
import { cameraStateFor, ratioLimits, readModelView, SIGMA_MAX_ZOOM, SIGMA_MIN_ZOOM } from './camera';
import { actorLook, changedItems, edgeDisplay, neighbourhood, nodeDisplay, type DisplayState } from './display';
import { dashedArrowProgram, dashedLineProgram } from './dashedEdgeProgram';
import { drawnWhile } from './edgeSwitch';
import { labelCandidates, labelsToConsider } from './labelCandidates';
import { drawLabels, labelDrawers, LABEL_FONT, LABEL_SIZE, type LabelState } from './labels';
import { importantLabelCount } from '../labelRules';
import { nodeShapeProgram } from './nodeShapeProgram';
import { streamPositions } from './positionStream';
import { buildSigmaGraph, modelPosition, type SigmaEdgeAttributes, type SigmaNodeAttributes } from './sigmaGraph';
import { visibilitySlots, writeVisibility } from './visibilitySlots';
import { quietHoverLayer } from './quietHoverLayer';
import { snapshotMoves } from './snapshotMoves';
import { visibleBox } from './visibleBox';
import { isSoftwareWebgl } from '../webglSupport';
import { THEME } from '../../view/theme';

type Renderer = Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>;

/** Above this many actors, hovering highlights the neighbourhood without dimming the rest (cheaper). */
const DIM_OTHERS_UP_TO = 20_000;
/**
 * Above this many actors (any number with software WebGL), camera moves shift the last frame
 * (snapshotMoves) and the map is drawn again once still; a frame drawn meanwhile leaves out the
 * alliances and labels.
 */
const LIGHT_MOVES_FROM = 20_000;

/** What `make` returns, made while the container is hidden (of no size); shown again after, even if `make` throws. */
function whileHidden<T>(container: HTMLElement, make: () => T): T {
  const display = container.style.display;
  container.style.display = 'none';
  try {
    return make();
  } finally {
    container.style.display = display;
  }
}

/**
 * The WebGL drawing, on sigma.js: the same drawing as Cytoscape's (kind shapes, SDG segments,
 * group borders, dash patterns, label rules) but straight alliances. The graph is built once per
 * appearance; filters and highlights change only what sigma's reducers return, and only the
 * items whose look changes are redrawn.
 */
export const createSigmaAdapter: CreateAdapter = (container, init, events) => {
  const graph = buildSigmaGraph(init.appearance, init.positions, init.theme);
  const { visibility: shown, selectedId: selected } = init;
  let display: DisplayState = {
    look: actorLook(init.theme),
    visibleNodes: shown.visibleNodeIds,
    visibleEdges: shown.visibleEdgeIds,
    filtered: shown.filtered,
    selectedId: selected,
    highlight: selected && shown.visibleNodeIds.has(selected) ? neighbourhood(graph, selected, shown.visibleEdgeIds) : null,
    dimOthers: graph.order <= DIM_OTHERS_UP_TO,
    ended: shown.endedEdgeIds,
  };
  const slots = visibilitySlots(graph);
  writeVisibility(slots, display.visibleNodes, display.visibleEdges, display.filtered);
  const isShown = (id: string) => display.visibleNodes.has(id);
  const labels: LabelState = { width: 0, height: 0, zoom: 1, presenting: init.presenting, leaders: null, important: 0 };
  const { drawLabel, drawHover } = labelDrawers(labels);
  let hovered: string | null = null;
  /** Alliances left out while a layout streams positions (software WebGL, largest maps). */
  let edgesOff = false;
  const edgesDrawn = () => !edgesOff;
  const lightMoves = graph.order >= LIGHT_MOVES_FROM || isSoftwareWebgl();
  // Sigma draws a whole frame as it is made, before the surface has framed the map: made in a
  // container of no size, that frame draws nothing (in software WebGL a frame of 10,000 actors
  // costs a second), and the first frame drawn is the framed one.
  const sigma: Renderer = whileHidden(
    container,
    () =>
      new Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>(graph, container, {
        itemSizesReference: 'positions',
        zoomToSizeRatioFunction: (ratio) => ratio,
        defaultNodeType: 'shape',
        nodeProgramClasses: { shape: nodeShapeProgram(slots) },
        edgeProgramClasses: {
          line: drawnWhile(dashedLineProgram<SigmaNodeAttributes, SigmaEdgeAttributes>(slots), edgesDrawn),
          arrow: drawnWhile(dashedArrowProgram<SigmaNodeAttributes, SigmaEdgeAttributes>(slots), edgesDrawn),
        },
        // Labels are drawn after each frame by drawLabels, on the actors that may have one.
        renderLabels: false,
        // Not for an actor a filter hid under the pointer (sigma keeps it hovered until the pointer moves).
        defaultDrawNodeHover: (context, data, settings) => {
          if (typeof data.key === 'string' && isShown(data.key)) drawHover(context, data, settings);
        },
        labelFont: LABEL_FONT,
        labelSize: LABEL_SIZE,
        labelWeight: '400',
        minEdgeThickness: THEME.webgl.minEdgeWidthPx,
        hideEdgesOnMove: lightMoves,
        hideLabelsOnMove: lightMoves,
        zIndex: false,
        allowInvalidContainer: true, // a hidden map (no size yet) must not throw
        nodeReducer: (id, data) => nodeDisplay(id, data, display),
        edgeReducer: (id, data) => edgeDisplay(id, data, display),
      }),
  );
  sigma.resize();
  sigma.scheduleRender();
  // Fix sigma's normalisation to this extent, so a streaming layout moves actors, not the camera.
  sigma.setCustomBBox(sigma.getBBox());
  const camera = sigma.getCamera();
  const limits = ratioLimits(sigma);
  camera.minRatio = limits.minCameraRatio;
  camera.maxRatio = limits.maxCameraRatio;
  sigma.on('beforeRender', () => {
    const { width, height } = sigma.getDimensions();
    Object.assign(labels, { width, height, zoom: readModelView(sigma).zoom });
    labels.important = importantLabelCount(labels);
  });
  const candidates = labelCandidates(graph);
  const mouse = sigma.getMouseCaptor();
  const moving = () => camera.isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
  sigma.on('afterRender', () => {
    // As sigma's own label pass: none while the camera moves, where moves are drawn light.
    if (lightMoves && moving()) return;
    const forced = [...(display.highlight?.nodes ?? []), ...(display.selectedId ? [display.selectedId] : [])];
    drawLabels(sigma, labelsToConsider(candidates, labels, labels.important, forced), isShown, drawLabel);
  });
  sigma.once('afterRender', () => events.onDrawn());
  const stopQuietHovers = quietHoverLayer(sigma);
  const stopSnapshots = lightMoves ? snapshotMoves(sigma, moving) : () => {};
  camera.on('updated', () => events.onViewChange());

  /** Shows the next display state, redrawing only the items it changes. */
  const show = (change: Partial<DisplayState>) => {
    const before = display;
    const next: DisplayState = { ...before, ...change };
    const centre = hovered ?? next.selectedId;
    const keep = before.highlight && before.highlight.centre === centre && before.visibleEdges === next.visibleEdges;
    next.highlight =
      centre && next.visibleNodes.has(centre) ? (keep ? before.highlight : neighbourhood(graph, centre, next.visibleEdges)) : null;
    display = next;
    const filtersChanged =
      before.visibleNodes !== next.visibleNodes || before.visibleEdges !== next.visibleEdges || before.filtered !== next.filtered;
    if (filtersChanged) {
      writeVisibility(slots, next.visibleNodes, next.visibleEdges, next.filtered);
      sigma.scheduleRender();
    }
    const changed = changedItems(graph, before, next);
    const nodes = changed.nodes === 'all' ? graph.nodes() : changed.nodes;
    const edges = changed.edges === 'all' ? graph.edges() : changed.edges;
    // The items are updated now; the frame is drawn with the next animation frame.
    if (nodes.length + edges.length > 0) sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
  };
  const leave = () => {
    if (hovered === null) return;
    hovered = null;
    container.style.cursor = '';
    events.onHover(null);
    show({});
  };

  let dragged: string | null = null;
  let justDragged = false;
  sigma.on('enterNode', ({ node, event }) => {
    // Not while dragging the map or an actor: the highlight would redraw the whole map at each crossing.
    const pressed = 'buttons' in event.original && event.original.buttons !== 0;
    if (!isShown(node) || dragged || pressed) return;
    hovered = node;
    container.style.cursor = 'pointer';
    show({});
    const { x, y, size } = graph.getNodeAttributes(node);
    const point = sigma.graphToViewport({ x, y });
    events.onHover({ id: node, x: point.x, y: point.y - size * readModelView(sigma).zoom });
  });
  sigma.on('leaveNode', leave);
  sigma.on('clickNode', ({ node }) => {
    if (isShown(node) && !justDragged) events.onSelect(node);
  });
  sigma.on('clickStage', () => events.onSelect(null));
  // Dragging an actor moves it and pins it there (onNodeMoved), as in Cytoscape.
  sigma.on('downNode', ({ node }) => {
    justDragged = false;
    if (isShown(node)) dragged = node;
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    const point = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: point.x, y: point.y });
    justDragged = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (dragged && justDragged) {
      const { x, y } = modelPosition(graph, dragged);
      events.onNodeMoved(dragged, x, y);
    }
    dragged = null;
  };
  sigma.on('upNode', endDrag);
  sigma.on('upStage', endDrag);

  const positions = streamPositions({
    graph,
    lightMoves,
    edgesOff: () => edgesOff,
    setEdgesOff(off) {
      edgesOff = off;
      sigma.scheduleRender();
    },
    // A partial refresh of nothing, not skipping indexation: sigma reads every position again
    // with its next frame, without re-running the reducers.
    redrawPositions: () => sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true }),
  });

  return {
    zoomLimits: { min: SIGMA_MIN_ZOOM, max: SIGMA_MAX_ZOOM },
    size: () => sigma.getDimensions(),
    readView: () => readModelView(sigma),
    showView(view, durationMs, done) {
      const state = cameraStateFor(sigma, view);
      if (durationMs > 0) void camera.animate(state, { duration: durationMs }).then(done);
      else {
        // setState alone leaves a move under way running, and its next frame undoes this view:
        // a new one-frame animation to the same state cancels it (sigma has no public stop).
        if (camera.isAnimated()) void camera.animate(state, { duration: 1 });
        camera.setState(state);
        done?.();
      }
    },
    visibleBox: () => visibleBox(graph, display),
    positionOf: (id) => (graph.hasNode(id) ? modelPosition(graph, id) : null),
    resize() {
      const { width, height } = sigma.getDimensions();
      if (container.offsetWidth === width && container.offsetHeight === height) return;
      sigma.resize();
      // A resized canvas is blank: draw it now (a partial refresh of nothing draws without processing).
      sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
    },
    setVisibility(visibility) {
      if (
        display.visibleNodes === visibility.visibleNodeIds &&
        display.visibleEdges === visibility.visibleEdgeIds &&
        display.filtered === visibility.filtered &&
        display.ended === visibility.endedEdgeIds
      )
        return;
      const { visibleNodeIds: visibleNodes, visibleEdgeIds: visibleEdges, filtered, endedEdgeIds: ended } = visibility;
      show({ visibleNodes, visibleEdges, filtered, ended });
    },
    setPositions: (next) => positions.push(next),
    setSelected(id) {
      if (display.selectedId !== id) show({ selectedId: id });
    },
    setPresenting(presenting) {
      labels.presenting = presenting;
      sigma.scheduleRender();
    },
    setLabelLeaders(leaders) {
      labels.leaders = leaders;
      sigma.scheduleRender();
    },
    pointerLeft: leave,
    destroy() {
      positions.stop();
      stopSnapshots();
      stopQuietHovers();
      sigma.kill();
    },
  };
};
