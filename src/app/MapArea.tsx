import { lazy, Suspense, useEffect, useId, useMemo, useState, type ComponentProps, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/types';
import type { CountSummary } from '../filters';
import type { RendererInUse } from '../map/chooseRenderer';
import type { MapHandle, MapRendererProps } from '../map/mapHandle';
import { MapRenderer } from '../map/MapRenderer';
import type { AllianceGraph } from '../model/graph';
import { ActorTooltip } from '../ui/ActorTooltip';
import { FiltersToggle } from '../ui/FiltersToggle';
import { LayoutProgress } from '../ui/LayoutProgress';
import { Legend } from '../ui/Legend';
import { MapKeyHelp } from '../ui/MapKeyHelp';
import type { LegendReading } from '../ui/LegendReading';
import { MapControls } from '../ui/MapControls';
import { NoWebglNotice } from '../ui/NoWebglNotice';
import { PartBoundary } from '../ui/PartBoundary';
import { StatusLine } from '../ui/StatusLine';
import { WheelHint } from '../ui/WheelHint';
import type { usePositions } from './usePositions';
import type { AppMode } from './producers';

const TimelineControl = lazy(() => import('../ui/present/TimelineControl').then((module) => ({ default: module.TimelineControl })));

/** How long the "use Ctrl + wheel" hint stays after a wheel the embed let the page have. */
const WHEEL_HINT_MS = 1500;

type Drawing = Omit<
  MapRendererProps,
  'ref' | 'onHover' | 'guardWheel' | 'onWheelBlocked' | 'roleDescription' | 'describedBy' | 'onNoPartner'
>;

interface Props {
  mode: AppMode;
  renderer: RendererInUse;
  map: RefObject<MapHandle | null>;
  drawing: Drawing;
  graph: AllianceGraph;
  lang: Lang;
  counts: CountSummary;
  layout: ReturnType<typeof usePositions>;
  legend: ComponentProps<typeof LegendReading> & { stated: boolean; onStated: (stated: boolean) => void };
  filters: { active: boolean; open: boolean; onToggle: () => void };
  timeline: {
    span: { min: number; max: number } | null;
    open: boolean;
    year: number | null;
    onToggle: () => void;
    onYear: (year: number | null, mode: 'push' | 'replace') => void;
  };
  /** Switches between the force and the geographic arrangement (legend.insight.arrange). */
  onArrange: () => void;
  /** Overlays of the moment: the presentation card, the focus bar, the empty-map notice. */
  overlays: ReactNode;
  /** The WebGL mode was wanted but this browser has no WebGL: the map is drawn by Cytoscape. */
  webglMissing?: boolean;
  /** Draws the map with Cytoscape instead (offered when the WebGL mode fails). */
  onUseCanvas?: () => void;
}

/** The map and what sits over it: controls, status, legend, tooltip, timeline and the overlays of the moment. */
export function MapArea(props: Props) {
  const { mode, renderer, map, drawing, graph, lang, counts, layout, legend, filters, timeline, onArrange, overlays, onUseCanvas } = props;
  const { t } = useTranslation();
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [wheelHintAt, setWheelHintAt] = useState(0);
  const [timelinePlaying, setTimelinePlaying] = useState(false);
  const [keyMisses, setKeyMisses] = useState(0);
  const keyHelpId = useId();
  const { appearance } = drawing;
  useEffect(() => {
    if (wheelHintAt === 0) return undefined;
    const timer = window.setTimeout(() => setWheelHintAt(0), WHEEL_HINT_MS);
    return () => window.clearTimeout(timer);
  }, [wheelHintAt]);

  const kindsInUse = useMemo(() => new Set(appearance.actors.map((actor) => actor.kind)), [appearance]);
  const hovered = useMemo(() => {
    const actor = hover && appearance.actors.find((candidate) => candidate.id === hover.id);
    if (!hover || !actor || !graph.hasNode(actor.id)) return null;
    const kindName = appearance.kinds.get(actor.kind)?.names[lang] ?? actor.kind;
    return { label: actor.label, kindName, alliances: graph.degree(actor.id), x: hover.x, y: hover.y };
  }, [hover, appearance, graph, lang]);
  const showTimeline = timeline.span && mode.editing && (timeline.open || timeline.year !== null);

  return (
    <div className="map-area">
      <PartBoundary
        key={renderer}
        part="map"
        action={renderer === 'webgl' && onUseCanvas ? { label: t('renderer.useCanvas'), run: onUseCanvas } : undefined}
      >
        <MapRenderer
          renderer={renderer}
          ref={map}
          {...drawing}
          roleDescription={t('map.roleDescription')}
          describedBy={keyHelpId}
          onNoPartner={() => setKeyMisses((misses) => misses + 1)}
          guardWheel={mode.embed}
          onWheelBlocked={() => setWheelHintAt(Date.now())}
          onHover={setHover}
        />
      </PartBoundary>
      <MapKeyHelp
        id={keyHelpId}
        appearance={appearance}
        visibility={drawing.visibility}
        selectedId={drawing.selectedId}
        misses={keyMisses}
      />
      {props.webglMissing && <NoWebglNotice actors={graph.order} lang={lang} />}
      {wheelHintAt > 0 && <WheelHint />}
      <PartBoundary part="presentation">{overlays}</PartBoundary>
      {showTimeline && timeline.span && (
        <PartBoundary part="timeline">
          <Suspense fallback={null}>
            <TimelineControl
              min={timeline.span.min}
              max={timeline.span.max}
              year={timeline.year}
              playing={timelinePlaying}
              lang={lang}
              onYear={timeline.onYear}
              onPlay={setTimelinePlaying}
            />
          </Suspense>
        </PartBoundary>
      )}
      {hovered && <ActorTooltip {...hovered} />}
      <MapControls
        onZoomIn={() => map.current?.zoomBy(1.3)}
        onZoomOut={() => map.current?.zoomBy(1 / 1.3)}
        onFit={() => map.current?.fit()}
        onRearrange={mode.editing && legend.insight.arrange === 'force' ? layout.rearrange : undefined}
        onArrange={onArrange}
        geographic={legend.insight.arrange === 'geo'}
        onTimeline={timeline.span && mode.editing ? timeline.onToggle : undefined}
        timelineOpen={timeline.open || timeline.year !== null}
      />
      <div className="map-status">
        <StatusLine counts={counts} />
        {mode.editing && (
          <LayoutProgress progress={layout.progress} cutShort={layout.cutShort} onStop={layout.stopLayout} onRearrange={layout.rearrange} />
        )}
      </div>
      {mode.panels.has('filters') && <FiltersToggle open={filters.open} active={filters.active} onToggle={filters.onToggle} />}
      {mode.panels.has('legend') && (
        <PartBoundary part="legend">
          <Legend
            compact={drawing.selectedId !== null || legend.insight.view !== 'map'}
            kinds={appearance.kinds}
            kindsInUse={kindsInUse}
            lang={lang}
            reading={legend}
            stated={legend.stated}
            onStated={legend.onStated}
          />
        </PartBoundary>
      )}
    </div>
  );
}
