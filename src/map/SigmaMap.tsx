import { useEffect, useImperativeHandle, useRef, type ComponentProps, type KeyboardEvent, type WheelEvent } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import type { Positions } from '../view/types';
import { animationDuration, MAX_FIT_ZOOM } from './camera';
import type { CytoscapeMap } from './CytoscapeMap';
import type { MapHandle } from './mapHandle';
import {
  cameraStateFor,
  centredClear,
  fitView,
  ratioLimits,
  readModelView,
  readSigmaCamera,
  viewportOf,
  type Box,
  type ModelView,
} from './sigma/camera';
import { changedItems, edgeDisplay, neighbourhood, nodeDisplay, type DisplayState } from './sigma/display';
import { overlayInsets } from './insets';
import { CameraReports } from './cameraReports';
import { drawHover, drawLabel, LABEL_FONT, LABEL_SIZE } from './sigma/labels';
import { NodeShapeProgram } from './sigma/nodeShapeProgram';
import { isSoftwareWebgl } from './sigma/webglInfo';
import {
  buildSigmaGraph,
  modelPosition,
  positionsGap,
  samePositions,
  updatePositions,
  type SigmaEdgeAttributes,
  type SigmaGraph,
  type SigmaNodeAttributes,
} from './sigma/sigmaGraph';

type Props = ComponentProps<typeof CytoscapeMap>;
type Renderer = Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>;

const PADDING = 40;
const PAN_STEP = 60;
/** Above this many actors, hovering highlights the neighbourhood without dimming the rest (cheaper). */
const DIM_OTHERS_UP_TO = 20_000;
/** Above this many actors (any number with software WebGL), alliances and labels are left out while the camera moves. */
const LIGHT_MOVES_FROM = 20_000;

/** The model box of the visible actors (all of them when none is), with their radius. */
function visibleBox(graph: SigmaGraph, display: DisplayState | null): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (id: string, { x, y, size }: SigmaNodeAttributes) => {
    box.x1 = Math.min(box.x1, x - size);
    box.x2 = Math.max(box.x2, x + size);
    box.y1 = Math.min(box.y1, -y - size);
    box.y2 = Math.max(box.y2, -y + size);
    return id;
  };
  graph.forEachNode((id, attributes) => {
    if (!display || display.visibleNodes.has(id)) add(id, attributes);
  });
  if (box.x1 === Infinity) graph.forEachNode(add);
  return box.x1 === Infinity ? { x1: 0, y1: 0, x2: 1, y2: 1 } : box;
}

/**
 * The WebGL drawing mode, on sigma.js: same props and handle as CytoscapeMap, simplified drawing
 * (kind shape and colour, one SDG ring, straight alliances). Filters and highlights change only
 * what sigma's reducers return; the graph is built once per appearance.
 */
export function SigmaMap(props: Props) {
  const { appearance, visibility, selectedId, frameKey, label, roleDescription, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Renderer | null>(null);
  const displayRef = useRef<DisplayState | null>(null);
  const hoveredRef = useRef<string | null>(null);
  const lightMovesRef = useRef(false);
  const latest = useRef(props);
  const reportsRef = useRef<CameraReports | null>(null);
  useEffect(() => {
    latest.current = props;
  });

  /** Shows the next display state, redrawing only the items it changes. */
  const show = (sigma: Renderer, change: Partial<DisplayState>) => {
    const before = displayRef.current;
    if (!before) return;
    const graph = sigma.getGraph();
    const next: DisplayState = { ...before, ...change };
    const centre = hoveredRef.current ?? next.selectedId;
    const keep = before.highlight && before.highlight.centre === centre && before.visibleEdges === next.visibleEdges;
    next.highlight =
      centre && next.visibleNodes.has(centre) ? (keep ? before.highlight : neighbourhood(graph, centre, next.visibleEdges)) : null;
    displayRef.current = next;
    const changed = changedItems(graph, before, next);
    const nodes = changed.nodes === 'all' ? graph.nodes() : changed.nodes;
    const edges = changed.edges === 'all' ? graph.edges() : changed.edges;
    if (nodes.length + edges.length > 0) sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
  };

  const framing = (sigma: Renderer): CameraState => {
    const view = fitView(
      visibleBox(sigma.getGraph(), displayRef.current),
      sigma.getDimensions(),
      PADDING,
      overlayInsets(containerRef.current),
      MAX_FIT_ZOOM,
    );
    return cameraStateFor(sigma, view);
  };
  const moveTo = (sigma: Renderer, view: ModelView, duration: number, then?: () => void) => {
    const state = cameraStateFor(sigma, view);
    if (duration <= 0) {
      sigma.getCamera().setState(state);
      then?.();
    } else void sigma.getCamera().animate(state, { duration }).then(then);
  };

  useImperativeHandle(
    ref,
    (): MapHandle => ({
      zoomBy(factor) {
        const sigma = sigmaRef.current;
        if (!sigma) return;
        const view = readModelView(sigma);
        moveTo(sigma, { ...view, zoom: view.zoom * factor }, animationDuration() / 2, reportsRef.current?.command());
      },
      fit() {
        const sigma = sigmaRef.current;
        if (!sigma) return;
        reportsRef.current?.cleared();
        void sigma.getCamera().animate(framing(sigma), { duration: animationDuration() });
      },
      centreOn(id) {
        const sigma = sigmaRef.current;
        if (!sigma || !sigma.getGraph().hasNode(id)) return;
        const zoom = Math.max(readModelView(sigma).zoom, 1.2);
        const view = centredClear(modelPosition(sigma.getGraph(), id), zoom, sigma.getDimensions(), overlayInsets(containerRef.current));
        moveTo(sigma, view, animationDuration(), reportsRef.current?.command());
      },
      viewport() {
        const sigma = sigmaRef.current;
        return sigma ? viewportOf(readModelView(sigma), sigma.getDimensions()) : null;
      },
    }),
    [],
  );

  // A new dataset or language gives a new graph: build the drawing once for it.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const graph = buildSigmaGraph(appearance, latest.current.positions);
    const lightMoves = graph.order >= LIGHT_MOVES_FROM || isSoftwareWebgl();
    const { visibility: shown, selectedId: selected } = latest.current;
    displayRef.current = {
      visibleNodes: shown.visibleNodeIds,
      visibleEdges: shown.visibleEdgeIds,
      filtered: shown.filtered,
      selectedId: selected,
      highlight: selected && shown.visibleNodeIds.has(selected) ? neighbourhood(graph, selected, shown.visibleEdgeIds) : null,
      dimOthers: graph.order <= DIM_OTHERS_UP_TO,
      edgesOff: false,
    };
    lightMovesRef.current = lightMoves;
    const sigma: Renderer = new Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>(graph, container, {
      itemSizesReference: 'positions',
      zoomToSizeRatioFunction: (ratio) => ratio,
      defaultNodeType: 'shape',
      nodeProgramClasses: { shape: NodeShapeProgram },
      edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
      defaultDrawNodeLabel: drawLabel,
      defaultDrawNodeHover: drawHover,
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: '400',
      labelDensity: 1,
      labelGridCellSize: 150,
      labelRenderedSizeThreshold: 4,
      minEdgeThickness: 0.5,
      hideEdgesOnMove: lightMoves,
      hideLabelsOnMove: lightMoves,
      zIndex: false,
      nodeReducer: (id, data) => (displayRef.current ? nodeDisplay(id, data, displayRef.current) : data),
      edgeReducer: (id, data) => (displayRef.current ? edgeDisplay(id, data, displayRef.current) : data),
    });
    sigmaRef.current = sigma;
    // Fix sigma's normalisation to this extent, so a streaming layout moves actors, not the camera.
    sigma.setCustomBBox(sigma.getBBox());
    const camera = sigma.getCamera();
    const limits = ratioLimits(sigma);
    camera.minRatio = limits.minCameraRatio;
    camera.maxRatio = limits.maxCameraRatio;
    const initial = latest.current.initialCamera;
    camera.setState(initial ? cameraStateFor(sigma, initial) : framing(sigma));
    // Draw with this camera now (a partial refresh of nothing renders without processing again).
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
    latest.current.onDrawn();

    const reports = new CameraReports(
      () => readSigmaCamera(sigma),
      (next) => latest.current.onCamera(next),
    );
    reportsRef.current = reports;
    camera.on('updated', () => {
      latest.current.onHover?.(null);
      reports.viewChanged();
    });

    const isShown = (id: string) => displayRef.current?.visibleNodes.has(id) ?? false;
    let dragged: string | null = null;
    let justDragged = false;
    sigma.on('enterNode', ({ node, event }) => {
      // Not while dragging the map or an actor: the highlight would redraw the whole map at each crossing.
      const pressed = 'buttons' in event.original && event.original.buttons !== 0;
      if (!isShown(node) || dragged || pressed) return;
      hoveredRef.current = node;
      container.style.cursor = 'pointer';
      show(sigma, {});
      const { x, y, size } = graph.getNodeAttributes(node);
      const point = sigma.graphToViewport({ x, y });
      latest.current.onHover?.({ id: node, x: point.x, y: point.y - size * readModelView(sigma).zoom });
    });
    sigma.on('leaveNode', () => {
      if (hoveredRef.current === null) return;
      hoveredRef.current = null;
      container.style.cursor = '';
      latest.current.onHover?.(null);
      show(sigma, {});
    });
    sigma.on('clickNode', ({ node }) => {
      if (isShown(node) && !justDragged) latest.current.onSelect(node);
    });
    sigma.on('clickStage', () => latest.current.onSelect(null));

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
        latest.current.onNodeMoved(dragged, x, y);
      }
      dragged = null;
    };
    sigma.on('upNode', endDrag);
    sigma.on('upStage', endDrag);

    return () => {
      reports.dispose();
      reportsRef.current = null;
      sigmaRef.current = null;
      displayRef.current = null;
      hoveredRef.current = null;
      sigma.kill();
    };
  }, [appearance]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || !displayRef.current) return;
    const before = displayRef.current;
    if (
      before.visibleNodes === visibility.visibleNodeIds &&
      before.visibleEdges === visibility.visibleEdgeIds &&
      before.filtered === visibility.filtered
    )
      return;
    show(sigma, { visibleNodes: visibility.visibleNodeIds, visibleEdges: visibility.visibleEdgeIds, filtered: visibility.filtered });
  }, [visibility]);

  // A streaming layout sends positions many times a second; each redraw of a large map costs its
  // size, so they are applied at most every positionsGap ms, the last ones always.
  // Where moves are drawn light (software WebGL, largest maps), the alliances are left out while
  // positions stream, and drawn again once they have been still for a moment.
  const pendingPositions = useRef<Positions | null>(null);
  const positionsTimer = useRef<number | undefined>(undefined);
  const positionsAppliedAt = useRef(0);
  const settleTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    pendingPositions.current = props.positions;
    if (positionsTimer.current !== undefined) return;
    const apply = () => {
      positionsTimer.current = undefined;
      positionsAppliedAt.current = performance.now();
      const current = sigmaRef.current;
      const display = displayRef.current;
      const positions = pendingPositions.current;
      pendingPositions.current = null;
      if (!current || !display || !positions) return;
      const graph = current.getGraph();
      if (lightMovesRef.current && !display.edgesOff && !samePositions(graph, positions)) {
        displayRef.current = { ...display, edgesOff: true };
        updatePositions(graph, positions);
        // Sigma re-reads the edge reducer only for edges it is told about; drawn with the next frame.
        current.refresh({ partialGraph: { edges: graph.edges() }, schedule: true });
      } else updatePositions(graph, positions);
      if (displayRef.current?.edgesOff) {
        window.clearTimeout(settleTimer.current);
        settleTimer.current = window.setTimeout(
          () => {
            const latestSigma = sigmaRef.current;
            if (latestSigma && displayRef.current?.edgesOff) show(latestSigma, { edgesOff: false });
          },
          2 * positionsGap(graph.order) + 300,
        );
      }
    };
    const wait = positionsAppliedAt.current + positionsGap(sigma.getGraph().order) - performance.now();
    if (wait <= 0) apply();
    else positionsTimer.current = window.setTimeout(apply, wait);
  }, [props.positions]);
  useEffect(
    () => () => {
      window.clearTimeout(positionsTimer.current);
      window.clearTimeout(settleTimer.current);
    },
    [],
  );

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (sigma && displayRef.current && displayRef.current.selectedId !== selectedId) show(sigma, { selectedId });
  }, [selectedId, appearance]);

  const firstFrame = useRef(true);
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (firstFrame.current || !sigma) {
      firstFrame.current = false;
      return;
    }
    reportsRef.current?.silent();
    void sigma.getCamera().animate(framing(sigma), { duration: animationDuration() });
  }, [frameKey]);

  const markGesture = () => reportsRef.current?.gesture();

  // The wheel guard of embeds (as in CytoscapeMap): a click on the map wakes wheel zooming until
  // the pointer leaves it; otherwise the wheel never reaches sigma, and the page scrolls.
  const awake = useRef(false);
  const onWheelCapture = (event: WheelEvent<HTMLDivElement>) => {
    // In the capture phase: sigma zooms (and reports the move) before the event bubbles.
    markGesture();
    if (!props.guardWheel || awake.current || event.ctrlKey || event.metaKey) return;
    event.nativeEvent.stopPropagation();
    props.onWheelBlocked?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const sigma = sigmaRef.current;
    if (!sigma || event.altKey || event.ctrlKey || event.metaKey) return;
    const view = readModelView(sigma);
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[event.key];
    let next: ModelView;
    if (move) next = { ...view, x: view.x - move[0] / view.zoom, y: view.y - move[1] / view.zoom };
    else if (event.key === '+' || event.key === '=') next = { ...view, zoom: view.zoom * 1.25 };
    else if (event.key === '-') next = { ...view, zoom: view.zoom / 1.25 };
    else return;
    markGesture();
    moveTo(sigma, next, 0);
    event.preventDefault();
  };

  return (
    <div
      ref={containerRef}
      className="map-canvas"
      role="application"
      aria-roledescription={roleDescription}
      aria-label={label}
      tabIndex={0}
      data-testid="map"
      data-renderer="webgl"
      onWheelCapture={onWheelCapture}
      onPointerDown={() => {
        markGesture();
        awake.current = true;
      }}
      onPointerMove={(event) => {
        if (event.buttons !== 0) markGesture();
      }}
      onMouseLeave={() => {
        awake.current = false;
        const sigma = sigmaRef.current;
        if (!sigma || hoveredRef.current === null) return;
        hoveredRef.current = null;
        latest.current.onHover?.(null);
        show(sigma, {});
      }}
      onTouchStart={markGesture}
      onTouchMove={markGesture}
      onKeyDown={onKeyDown}
    />
  );
}
