import {
  createElement,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type WheelEvent,
} from 'react';
import type { Camera } from '../url-state';
import type { Backdrop, Positions } from '../view/types';
import { VISIBILITY_APPLIED_MARK, type CreateAdapter, type MapAdapter } from './adapter';
import { installTouchGuard } from './touchGuard';
import { BACKDROP_CLASS, BackdropLayer, CAMERA_GROUP_CLASS, backdropTransform } from './BackdropLayer';
import {
  animationDuration,
  centredClear,
  clampZoom,
  prefersReducedMotion,
  urlCamera,
  viewAfterKey,
  viewportOf,
  sameView,
  viewKeepingInSight,
  type ModelView,
} from './camera';
import { CameraReports } from './cameraReports';
import { cameraView, framing } from './framing';
import { overlayInsets, watchOverlayInsets } from './insets';
import type { MapHandle, MapRendererProps } from './mapHandle';
import { ARRANGE_MS, tweenPositions } from './positionTween';
import { selectionAfterKey } from './selectionKeys';
import { usePrefersMoreContrast } from './usePrefersMoreContrast';
import { mapTheme } from '../view/themeContrast';

/** Centring on an actor zooms in at least this far, so its neighbourhood reads. */
const CENTRE_MIN_ZOOM = 1.2;
/** An actor reached with the keys stays at least this far inside the free area of the map. */
const KEEP_IN_VIEW_PX = 40;

/**
 * The map surface both drawings share: the container, the commands of MapHandle, which camera
 * moves reach the URL, framing (at start, on resize while the reader has not moved the map, on
 * request), the keyboard, the embed's wheel guard, and handing the view to the drawing. A drawing
 * only supplies its adapter (src/map/adapter.ts). Returns the container's props.
 */
export function useMapSurface(props: MapRendererProps, createAdapter: CreateAdapter) {
  const { appearance, visibility, positions, selectedId, presenting = false, guardWheel = false, ref } = props;
  const { backdrop = null, arrangement = 'force', labelLeaders = null } = props;
  const theme = mapTheme(usePrefersMoreContrast());
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const reportsRef = useRef<CameraReports | null>(null);
  /** Where the app's camera move under way is going: the next zoom step starts from there. */
  const targetRef = useRef<ModelView | null>(null);
  /** The wheel guard: a click on the map wakes wheel zooming until the pointer leaves it. */
  const awakeRef = useRef(false);
  /** The positions the drawing shows (mid-way during a change of arrangement) and the arrangement they belong to. */
  const shownRef = useRef<{ positions: Positions; arrangement: string }>({ positions, arrangement });
  /** The backdrop's data, for framing (it counts as part of the map). */
  const backdropDataRef = useRef<Backdrop | null>(backdrop);

  const startingView = useEffectEvent(() => ({ positions, visibility, selectedId, presenting, arrangement, camera: props.initialCamera }));
  const cameraInUrl = useEffectEvent(() => props.initialCamera !== null);
  const drawn = useEffectEvent(() => props.onDrawn());
  const hover = useEffectEvent((next: { id: string; x: number; y: number } | null) => props.onHover?.(next));
  const select = useEffectEvent((id: string | null) => props.onSelect(id));
  const moved = useEffectEvent((id: string, x: number, y: number) => props.onNodeMoved(id, x, y));
  const reportCamera = useEffectEvent((camera: Camera | null) => props.onCamera(camera));

  /** Moves the camera for the app (a command); the next zoom step starts from where it goes. */
  const move = (adapter: MapAdapter, view: ModelView, durationMs: number, done?: () => void) => {
    targetRef.current = view;
    adapter.showView(view, durationMs, () => {
      if (targetRef.current === view) targetRef.current = null;
      done?.();
    });
  };

  /** The backdrop follows the camera. */
  const placeBackdrop = (adapter: MapAdapter) =>
    containerRef.current
      ?.querySelector(`.${CAMERA_GROUP_CLASS}`)
      ?.setAttribute('transform', backdropTransform(adapter.readView(), adapter.size()));

  useImperativeHandle(ref, (): MapHandle => {
    const withAdapter = (run: (adapter: MapAdapter, reports: CameraReports) => void) => () => {
      if (adapterRef.current && reportsRef.current) run(adapterRef.current, reportsRef.current);
    };
    return {
      zoomBy: (factor) =>
        withAdapter((adapter, reports) => {
          const from = targetRef.current ?? adapter.readView();
          const done = reports.command();
          move(adapter, { ...from, zoom: clampZoom(from.zoom * factor, adapter.zoomLimits) }, animationDuration() / 2, done);
        })(),
      fit: withAdapter((adapter, reports) => {
        reports.cleared();
        move(adapter, framing(adapter, containerRef.current, backdropDataRef.current), animationDuration());
      }),
      frame: withAdapter((adapter, reports) => {
        reports.silent();
        move(adapter, framing(adapter, containerRef.current, backdropDataRef.current), animationDuration());
      }),
      centreOn: (id) =>
        withAdapter((adapter, reports) => {
          adapter.resize(); // the side panel may just have taken its room
          const point = adapter.positionOf(id);
          if (!point) return;
          const done = reports.command();
          const zoom = clampZoom(Math.max(adapter.readView().zoom, CENTRE_MIN_ZOOM), adapter.zoomLimits);
          move(adapter, centredClear(point, zoom, adapter.size(), overlayInsets(containerRef.current)), animationDuration(), done);
        })(),
      viewport: () => {
        const adapter = adapterRef.current;
        return adapter ? viewportOf(adapter.readView(), adapter.size()) : null;
      },
    };
  });

  // A new dataset or language gives a new appearance, a change of the system's contrast a new theme: the drawing is built once for them.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const start = startingView();
    const reports = new CameraReports(
      () => urlCamera(adapter.readView()),
      (camera) => reportCamera(camera),
    );
    const adapter = createAdapter(
      container,
      {
        appearance,
        positions: start.positions,
        visibility: start.visibility,
        selectedId: start.selectedId,
        presenting: start.presenting,
        theme,
      },
      {
        onDrawn: () => drawn(),
        onViewChange: () => {
          hover(null);
          placeBackdrop(adapter);
          reports.viewChanged();
        },
        onHover: (next) => hover(next),
        onSelect: (id) => select(id),
        onNodeMoved: (id, x, y) => moved(id, x, y),
      },
    );
    adapterRef.current = adapter;
    reportsRef.current = reports;
    shownRef.current = { positions: start.positions, arrangement: start.arrangement };
    adapter.showView(start.camera ? cameraView(start.camera, adapter) : framing(adapter, container, backdropDataRef.current), 0);
    placeBackdrop(adapter);
    // The map area changes size when a side panel opens or the window is resized. A map the
    // reader has not moved stays framed: a smaller window (a shared screen, a phone turned) keeps
    // every actor in view.
    const resizeObserver = new ResizeObserver(() => {
      adapter.resize();
      if (!cameraInUrl()) adapter.showView(framing(adapter, container, backdropDataRef.current), 0);
      placeBackdrop(adapter);
    });
    resizeObserver.observe(container);
    // An overlay that comes, goes or grows (the presentation card, loaded on demand; a longer
    // caption) moves a framed map clear of it.
    const stopInsets = watchOverlayInsets(container, () => {
      if (cameraInUrl()) return;
      const view = framing(adapter, container, backdropDataRef.current);
      if (sameView(view, targetRef.current ?? adapter.readView())) return;
      reports.silent();
      move(adapter, view, animationDuration());
    });
    return () => {
      stopInsets();
      resizeObserver.disconnect();
      reports.dispose();
      // Cytoscape empties its container when destroyed, the backdrop React put there with it.
      const ownChildren = [...container.children].filter((child) => child.classList.contains(BACKDROP_CLASS));
      adapter.destroy();
      for (const child of ownChildren) if (!child.isConnected) container.prepend(child);
      adapterRef.current = null;
      reportsRef.current = null;
      targetRef.current = null;
    };
  }, [appearance, createAdapter, theme]);

  // In an embed, one finger scrolls the host page (as the wheel does), two fingers move the map.
  useEffect(() => (guardWheel && containerRef.current ? installTouchGuard(containerRef.current) : undefined), [guardWheel]);
  useEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter) return;
    adapter.setVisibility(visibility);
    // The end of a filter's own work, before its frame is drawn: the bench's filterWorkMs.
    performance.mark(VISIBILITY_APPLIED_MARK);
  }, [visibility]);
  useEffect(() => {
    backdropDataRef.current = backdrop;
  }, [backdrop]);
  // Positions of the same arrangement (a layout streaming, a drag) are shown at once; a new
  // arrangement moves the actors there, then frames them (unless the URL has a camera). The arrangement counts as shown only
  // once the move ends: new positions mid-way start a new move from where the actors are.
  useEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter) return undefined;
    const show = (next: Positions) => {
      shownRef.current = { ...shownRef.current, positions: next };
      adapter.setPositions(next);
    };
    if (shownRef.current.arrangement === arrangement) return show(positions);
    return tweenPositions(shownRef.current.positions, positions, prefersReducedMotion() ? 0 : ARRANGE_MS, show, () => {
      shownRef.current = { positions, arrangement };
      if (cameraInUrl()) return; // a shared link's camera stays where it was put
      reportsRef.current?.silent();
      move(adapter, framing(adapter, containerRef.current, backdropDataRef.current), animationDuration());
    });
  }, [positions, arrangement]);
  useEffect(() => adapterRef.current?.setSelected(selectedId), [selectedId, appearance]);
  useEffect(() => adapterRef.current?.setPresenting(presenting), [presenting, appearance]);
  useEffect(() => adapterRef.current?.setLabelLeaders(labelLeaders), [labelLeaders, appearance]);

  const gesture = () => {
    targetRef.current = null;
    reportsRef.current?.gesture();
  };

  const onWheelCapture = (event: WheelEvent<HTMLDivElement>) => {
    // In the capture phase, at the root: before the drawing's own wheel listener zooms.
    gesture();
    if (!guardWheel || awakeRef.current || event.ctrlKey || event.metaKey) return;
    event.nativeEvent.stopPropagation(); // the drawing never sees it: the page scrolls
    props.onWheelBlocked?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const adapter = adapterRef.current;
    if (!adapter || event.altKey || event.ctrlKey || event.metaKey) return;
    const positionOf = (id: string) => adapter.positionOf(id);
    const context = { selectedId, appearance, visibility, positionOf, centre: adapter.readView() };
    const choice = presenting ? null : selectionAfterKey(event.key, event.shiftKey, context);
    if (choice) {
      event.preventDefault();
      if (choice.kind === 'no-partner') return props.onNoPartner?.();
      props.onSelect(choice.id);
      // An actor reached with the keys is brought into the free area if it is not in it.
      const point = choice.id ? positionOf(choice.id) : null;
      const from = targetRef.current ?? adapter.readView();
      const sight = point && viewKeepingInSight(point, from, adapter.size(), overlayInsets(containerRef.current), KEEP_IN_VIEW_PX);
      if (sight) move(adapter, sight, animationDuration(), reportsRef.current?.command());
      return;
    }
    // During one of the app's moves (Fit, say), a key moves from where that move was going.
    const next = viewAfterKey(event.key, targetRef.current ?? adapter.readView());
    if (!next) return;
    gesture();
    adapter.showView({ ...next, zoom: clampZoom(next.zoom, adapter.zoomLimits) }, 0);
    event.preventDefault();
  };

  return {
    ref: containerRef,
    className: 'map-canvas',
    role: 'application',
    'aria-roledescription': props.roleDescription,
    'aria-label': props.label,
    'aria-describedby': props.describedBy,
    tabIndex: 0,
    'data-testid': 'map',
    onWheelCapture,
    onPointerDown: () => {
      gesture();
      awakeRef.current = true;
    },
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      if (event.buttons !== 0) gesture();
    },
    onMouseLeave: () => {
      awakeRef.current = false;
      adapterRef.current?.pointerLeft();
    },
    onTouchStart: gesture,
    onTouchMove: gesture,
    onKeyDown,
    // Under the drawing's own canvases, which the renderer appends after it.
    children: createElement(BackdropLayer, { backdrop }),
  };
}
