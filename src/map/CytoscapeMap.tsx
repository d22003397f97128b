import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { Camera } from '../url-state';
import type { Appearance } from '../view/appearance';
import type { Positions, Visibility } from '../view/types';
import { animationDuration, cameraViewport, fitViewport, framedBox, readCamera } from './camera';
import { overlayInsets } from './insets';
import { toElements } from './elements';
import { clearHighlight, highlightNeighbourhood } from './highlight';
import { followLabelLevels, updateLabelLevels } from './labelLevels';
import type { MapHandle } from './mapHandle';
import { mapStylesheet } from './stylesheet';
import { applyVisibility } from './visibility';
import { CameraReports } from './cameraReports';

interface Props {
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  selectedId: string | null;
  /** Presentation mode: larger labels. */
  presenting?: boolean;
  /** The camera to open with; null fits the map to the screen. */
  initialCamera: Camera | null;
  /** Changing this value frames the visible elements again (a new focus, say). */
  frameKey: string;
  label: string;
  roleDescription: string;
  /** Called once the first frame is on screen. */
  onDrawn: () => void;
  onNodeMoved: (id: string, x: number, y: number) => void;
  onSelect: (id: string | null) => void;
  /** The pointer entered an actor (its position on the map, in CSS pixels) or left it (null). */
  onHover?: (hover: { id: string; x: number; y: number } | null) => void;
  /**
   * In a page that scrolls past the map (an embed), the wheel zooms only after a click on the map
   * or with Ctrl/⌘; otherwise the page scrolls and onWheelBlocked is told, to show a hint.
   */
  guardWheel?: boolean;
  onWheelBlocked?: () => void;
  /** The user moved the camera (null: back to the fitted view). */
  onCamera: (camera: Camera | null) => void;
  ref?: Ref<MapHandle>;
}

const PADDING = 40;
const NARROW_MAP_PX = 600;
const NARROW_PADDING = 28;

const PAN_STEP = 60;

export function CytoscapeMap(props: Props) {
  const { appearance, visibility, selectedId, frameKey, label, roleDescription, ref } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(props);
  const reportsRef = useRef<CameraReports | null>(null);
  useEffect(() => {
    latest.current = props;
  });

  const framing = (cy: Core) => {
    // Frame the actors themselves: on a narrow screen, room kept for the longest side labels
    // would shrink the whole map; the padding keeps labels near the edge readable.
    const box = framedBox(cy, cy.width() > NARROW_MAP_PX);
    return fitViewport(cy, box, cy.width() > NARROW_MAP_PX ? PADDING : NARROW_PADDING, overlayInsets(containerRef.current));
  };
  /** Starts a camera move of the app's own: what is under way stops, and only the latest move reports. */
  const command = (cy: Core) => {
    const done = reportsRef.current?.command() ?? (() => undefined);
    cy.stop(true, true);
    return done;
  };

  useImperativeHandle(
    ref,
    (): MapHandle => ({
      zoomBy(factor) {
        const cy = cyRef.current;
        if (!cy) return;
        const complete = command(cy);
        const zoom = cy.zoom() * factor;
        cy.animate(
          { zoom: { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
          { duration: animationDuration() / 2, complete },
        );
      },
      fit() {
        const cy = cyRef.current;
        if (!cy) return;
        command(cy);
        reportsRef.current?.cleared();
        cy.animate(framing(cy), { duration: animationDuration() });
      },
      viewport() {
        const cy = cyRef.current;
        if (!cy) return null;
        const extent = cy.extent();
        return { x1: extent.x1, y1: extent.y1, x2: extent.x2, y2: extent.y2, widthPx: cy.width(), heightPx: cy.height(), zoom: cy.zoom() };
      },
      centreOn(id) {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (!cy || !node || node.empty()) return;
        const complete = command(cy);
        cy.resize();
        const insets = overlayInsets(containerRef.current);
        const zoom = Math.max(cy.zoom(), 1.2);
        const { x, y } = node.position();
        const pan = {
          x: insets.left + (cy.width() - insets.left - insets.right) / 2 - x * zoom,
          y: insets.top + (cy.height() - insets.top - insets.bottom) / 2 - y * zoom,
        };
        cy.animate({ zoom, pan }, { duration: animationDuration(), complete });
      },
    }),
    [],
  );

  // A new dataset or language gives new elements: build the drawing once for them.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = cytoscape({
      container,
      elements: toElements(appearance, latest.current.positions),
      style: mapStylesheet(appearance.actors.length),
      layout: { name: 'preset', fit: false },
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    if (latest.current.guardWheel) cy.userZoomingEnabled(false);
    applyVisibility(cy, latest.current.visibility);
    const camera = latest.current.initialCamera;
    if (camera) cy.viewport(cameraViewport(cy, camera));
    else cy.viewport(framing(cy));
    updateLabelLevels(cy);
    cy.one('render', () => latest.current.onDrawn());
    const stopLabelLevels = followLabelLevels(cy);

    const reports = new CameraReports(
      () => readCamera(cy),
      (next) => latest.current.onCamera(next),
    );
    reportsRef.current = reports;
    cy.on('viewport', () => reports.viewChanged());
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      highlightNeighbourhood(cy, node);
      const point = node.renderedPosition();
      latest.current.onHover?.({ id: node.id(), x: point.x, y: point.y - node.renderedOuterHeight() / 2 });
    });
    cy.on('mouseout', 'node', () => {
      latest.current.onHover?.(null);
      clearHighlight(cy);
      const selected = cy.nodes(':selected');
      if (selected.nonempty()) highlightNeighbourhood(cy, selected[0] as NodeSingular);
    });
    cy.on('viewport', () => latest.current.onHover?.(null));
    cy.on('tap', (event) => {
      if (event.target === cy) latest.current.onSelect(null);
      else if ((event.target as NodeSingular).isNode()) latest.current.onSelect((event.target as NodeSingular).id());
    });
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      const { x, y } = node.position();
      latest.current.onNodeMoved(node.id(), x, y);
    });
    // The map area changes size when a side panel opens or the window is resized.
    // A map that the reader has not moved stays framed: a window made smaller (a shared
    // screen, a phone turned) keeps every actor in view.
    const resizeObserver = new ResizeObserver(() => {
      cy.resize();
      if (!latest.current.initialCamera) cy.viewport(framing(cy));
    });
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      reports.dispose();
      reportsRef.current = null;
      stopLabelLevels();
      cyRef.current = null;
      cy.destroy();
    };
  }, [appearance]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyVisibility(cy, visibility);
  }, [visibility]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.scratch('presenting', props.presenting === true);
    updateLabelLevels(cy);
  }, [props.presenting, appearance]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const position = props.positions[node.id()];
        if (position && (node.position('x') !== position.x || node.position('y') !== position.y)) node.position({ ...position });
      });
    });
  }, [props.positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    clearHighlight(cy);
    if (selectedId) {
      const node = cy.getElementById(selectedId);
      if (node.nonempty()) {
        node.select();
        highlightNeighbourhood(cy, node);
      }
    }
  }, [selectedId, appearance]);

  const firstFrame = useRef(true);
  useEffect(() => {
    const cy = cyRef.current;
    if (firstFrame.current || !cy) {
      firstFrame.current = false;
      return;
    }
    command(cy);
    reportsRef.current?.silent();
    cy.animate(framing(cy), { duration: animationDuration() });
  }, [frameKey]);

  const markGesture = () => reportsRef.current?.gesture();

  // The wheel guard: a click on the map wakes zooming until the pointer leaves it.
  const awake = useRef(false);
  const setZooming = (enabled: boolean) => {
    if (props.guardWheel) cyRef.current?.userZoomingEnabled(enabled);
  };
  const onWheelCapture = (event: React.WheelEvent<HTMLDivElement>) => {
    // In the capture phase: Cytoscape zooms (and reports the move) before the event bubbles.
    markGesture();
    if (!props.guardWheel) return;
    const allowed = awake.current || event.ctrlKey || event.metaKey;
    setZooming(allowed);
    if (!allowed) props.onWheelBlocked?.();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[event.key];
    if (move) {
      markGesture();
      cy.panBy({ x: move[0], y: move[1] });
    } else if (event.key === '+' || event.key === '=') {
      markGesture();
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '-') {
      markGesture();
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else return;
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
      onWheelCapture={onWheelCapture}
      onPointerDown={() => {
        markGesture();
        awake.current = true;
        setZooming(true);
      }}
      onTouchStartCapture={() => setZooming(true)}
      onPointerMove={(event) => {
        if (event.buttons !== 0) markGesture();
      }}
      onMouseLeave={() => {
        awake.current = false;
        setZooming(false);
        const cy = cyRef.current;
        if (!cy) return; // Cytoscape does not always see the pointer leave its canvas
        latest.current.onHover?.(null);
        clearHighlight(cy);
        const selected = cy.nodes(':selected');
        if (selected.nonempty()) highlightNeighbourhood(cy, selected[0] as NodeSingular);
      }}
      onTouchStart={markGesture}
      onTouchMove={markGesture}
      onKeyDown={onKeyDown}
    />
  );
}
