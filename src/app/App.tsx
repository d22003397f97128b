import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DATA_URL } from '../config';
import type { Lang } from '../domain/types';
import { emptyFilters, hasActiveFilters } from '../filters';
import { setLanguage } from '../i18n';
import { localLabel } from '../i18n/format';
import { markDrawn, setViewSource } from '../inspect/handle';
import { chooseRenderer } from '../map/chooseRenderer';
import { MapRenderer } from '../map/MapRenderer';
import type { MapHandle } from '../map/mapHandle';
import { filtersCodec, pruneFiltersToGraph, pruneToGraph, serializeViewState, type ViewState } from '../url-state';
import { wireFilters } from '../embed/protocol';
import { useEmbedApi } from '../embed/useEmbedApi';
import { EmbedBar } from '../ui/EmbedBar';
import { WheelHint } from '../ui/WheelHint';
import { fullMapUrl } from './embedLinks';
import { ActorTooltip } from '../ui/ActorTooltip';
import { SearchBox } from '../ui/search/SearchBox';
import { FiltersPanel } from '../ui/filters/FiltersPanel';
import { FiltersToggle } from '../ui/FiltersToggle';
import { DropZone } from '../ui/DropZone';
import { ErrorPanel } from '../ui/ErrorPanel';
import { FocusBar } from '../ui/FocusBar';
import { Header } from '../ui/Header';
import { Legend } from '../ui/Legend';
import { MapControls } from '../ui/MapControls';
import { StatusLine } from '../ui/StatusLine';
import { LayoutProgress } from '../ui/LayoutProgress';
import { UrlNotice } from '../ui/UrlNotice';
import { useDataset } from './useDataset';
import { readInlineData } from '../load/inlineData';
import { ExportMenu } from '../ui/export/ExportMenu';
import type { Story } from '../model/types';
import {
  allianceYears,
  captureView,
  endedEdgeIds,
  exportableStories,
  openPresenterWindow,
  timelineFilters,
  timelineYearOf,
} from '../present';
// The presentation theme (.app.is-presenting) applies from the first frame of present=1.
import '../ui/present/present.css';
import { usePresentation } from './usePresentation';
import type { SizeMeasure } from '../view/sizeMeasures';
import { useDerivedView } from './useDerivedView';
import { usePositions } from './usePositions';
import { useViewState } from './useViewState';

const INLINE_DATA = readInlineData();

// What the first frame does not show is its own chunk, loaded when first shown (the single-file
// map inlines them all). Each sits in a Suspense of its own that shows nothing meanwhile.
const ActorPanel = lazy(() => import('../ui/actor/ActorPanel').then((module) => ({ default: module.ActorPanel })));
const AboutPanel = lazy(() => import('../ui/about/AboutPanel').then((module) => ({ default: module.AboutPanel })));
const ShareDialog = lazy(() => import('../ui/share/ShareDialog').then((module) => ({ default: module.ShareDialog })));
const PresentationOverlay = lazy(() =>
  import('../ui/present/PresentationOverlay').then((module) => ({ default: module.PresentationOverlay })),
);
const StoryEditor = lazy(() => import('../ui/present/StoryEditor').then((module) => ({ default: module.StoryEditor })));
const TimelineControl = lazy(() => import('../ui/present/TimelineControl').then((module) => ({ default: module.TimelineControl })));

export function App() {
  const { t } = useTranslation();
  const { state, update, dropped, reportDropped, dismissDropped } = useViewState();
  const { dataset, failure, loadingName, openUrl, openFile, openText, dismissFailure } = useDataset();
  const [selection, setSelection] = useState<{ graph: unknown; id: string | null }>({ graph: null, id: null });
  const mapRef = useRef<MapHandle>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const [sizeBy, setSizeBy] = useState<SizeMeasure>('alliances');
  const [storiesOpen, setStoriesOpen] = useState(false);
  const [timelineOpen, setTimelineOpen] = useState(false);
  const [timelinePlaying, setTimelinePlaying] = useState(false);
  // Stories edited in the app belong to the file they were edited on; exports carry them.
  const [edited, setEdited] = useState<{ file: unknown; stories: Story[] } | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [drawn, setDrawn] = useState(false);
  // Where there is room the filters are a sidebar; on a phone or in an embed, a sheet the reader opens.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [wheelHintAt, setWheelHintAt] = useState(0);
  const { lang, filters, focus } = state;
  const embed = state.embed.embed;
  // An embed shows the panels its snippet asks for (the legend by default); the full app, all.
  const panels = new Set(embed ? (state.embed.panels ?? ['legend']) : ['legend', 'filters', 'search']);
  const graph = dataset?.graph ?? null;
  const stories = useMemo(
    () => (edited && edited.file === dataset?.file ? edited.stories : (dataset?.file.stories ?? [])),
    [edited, dataset],
  );
  const exportedDataset = useMemo(
    () => (dataset ? { ...dataset, file: { ...dataset.file, stories: exportableStories(stories) } } : null),
    [dataset, stories],
  );
  // The open actor panel belongs to the graph it was opened on.
  const selectedId = selection.graph === graph ? selection.id : null;
  const setSelectedId = useCallback((id: string | null) => setSelection({ graph, id }), [graph]);

  useEffect(() => {
    if (INLINE_DATA && state.data === null) openText(INLINE_DATA.text, document.title);
    else void openUrl(state.data ?? DEFAULT_DATA_URL);
  }, [openUrl, openText, state.data]);

  useEffect(() => setLanguage(lang), [lang]);

  // Once a file is open, what the URL names that this file lacks (a kind, an actor) is dropped.
  useEffect(() => {
    if (!dataset) return;
    let prunedDropped: ReturnType<typeof pruneToGraph>['dropped'] = [];
    update((current) => {
      const pruned = pruneToGraph(current, dataset.graph, dataset.file.stories ?? []);
      prunedDropped = pruned.dropped;
      return pruned.dropped.length > 0 ? pruned.state : current;
    }, 'replace');
    reportDropped(prunedDropped);
  }, [dataset, update, reportDropped]);

  const { appearance, visibility, counts, facets } = useDerivedView(graph, lang, filters, focus.id, focus.depth, sizeBy);
  const { positions, progress: layoutProgress, cutShort, ready: positionsReady, moveNode, rearrange, stopLayout } = usePositions(graph);
  const { presenting, active, go, enter, exit, autoplay } = usePresentation({ state, update, stories, ready: dataset !== null, embed });
  const span = useMemo(() => (graph ? allianceYears(graph) : null), [graph]);
  const timelineYear = timelineYearOf(filters);
  const mapVisibility = useMemo(
    () =>
      visibility && graph && timelineYear !== null
        ? { ...visibility, endedEdgeIds: endedEdgeIds(graph, visibility.visibleEdgeIds, timelineYear) }
        : visibility,
    [visibility, graph, timelineYear],
  );
  const rendererInUse = chooseRenderer(state.renderer, graph?.order ?? 0);
  const kindsInUse = useMemo(() => new Set(appearance?.actors.map((actor) => actor.kind)), [appearance]);

  useEffect(() => {
    setViewSource(() => ({
      renderer: rendererInUse,
      filters: Object.fromEntries(filtersCodec.serialize(state.filters)),
      visibleNodeIds: visibility ? [...visibility.visibleNodeIds] : [],
      visibleEdgeIds: visibility ? [...visibility.visibleEdgeIds] : [],
      positions,
    }));
  }, [state, visibility, positions, rendererInUse]);

  const setView = useCallback(
    (change: Partial<ViewState>, mode: 'push' | 'replace' = 'push') => update((current) => ({ ...current, ...change }), mode),
    [update],
  );
  const changeLang = useCallback((next: Lang) => setView({ lang: next }), [setView]);
  const chooseActor = useCallback(
    (id: string) => {
      setSelectedId(id);
      // Centre once the side panel has taken its room.
      requestAnimationFrame(() => requestAnimationFrame(() => mapRef.current?.centreOn(id)));
    },
    [setSelectedId],
  );
  const focusOn = useCallback((id: string) => setView({ focus: { id, depth: focus.depth }, camera: null }), [setView, focus.depth]);

  const selectedLabel =
    graph && selectedId && graph.hasNode(selectedId)
      ? localLabel(graph.getNodeAttribute(selectedId, 'label'), graph.getNodeAttribute(selectedId, 'labels'), lang)
      : null;
  const wire = useMemo(() => wireFilters(filtersCodec.serialize(filters)), [filters]);
  useEmbedApi({
    enabled: embed,
    origins: state.embed.origins,
    appVersion: __APP_VERSION__,
    drawn,
    counts,
    filters: wire,
    focus,
    selected: selectedId && selectedLabel ? { id: selectedId, label: selectedLabel } : null,
    onCommand: (command) => {
      if (command.type === 'set-filters') {
        const pruned = graph ? pruneFiltersToGraph(command.filters, graph) : { value: command.filters, dropped: [] };
        if (pruned.dropped.length > 0)
          console.warn(
            `Alliance Map: set-filters: values dropped: ${pruned.dropped.map((item) => `${item.param}=${item.value}`).join(', ')}`,
          );
        setView({ filters: pruned.value });
      } else if (command.type === 'focus')
        setView({ focus: { id: command.id && graph?.hasNode(command.id) ? command.id : null, depth: focus.depth }, camera: null });
      else if (command.type === 'fit') mapRef.current?.fit();
    },
  });
  const onDrawn = useCallback(() => {
    markDrawn();
    setDrawn(true);
  }, []);
  const showWheelHint = useCallback(() => setWheelHintAt(Date.now()), []);
  useEffect(() => {
    if (wheelHintAt === 0) return undefined;
    const timer = window.setTimeout(() => setWheelHintAt(0), 1500);
    return () => window.clearTimeout(timer);
  }, [wheelHintAt]);

  const searchBox = graph && (
    <SearchBox
      graph={graph}
      lang={lang}
      value={state.q}
      onChange={(q) => setView({ q }, 'replace')}
      onChoose={chooseActor}
      onChooseSdg={(sdg) => setView({ filters: { ...filters, sdg: [...new Set([...filters.sdg, sdg])] } })}
    />
  );

  const focusLabel =
    graph && focus.id && graph.hasNode(focus.id)
      ? localLabel(graph.getNodeAttribute(focus.id, 'label'), graph.getNodeAttribute(focus.id, 'labels'), lang)
      : null;
  const hoveredActor = useMemo(() => {
    const actor = hover && appearance?.actors.find((candidate) => candidate.id === hover.id);
    if (!actor || !graph || !graph.hasNode(actor.id)) return null;
    return {
      label: actor.label,
      kindName: appearance?.kinds.get(actor.kind)?.names[lang] ?? actor.kind,
      alliances: graph.degree(actor.id),
    };
  }, [hover, appearance, graph, lang]);
  const nothingVisible = counts !== null && counts.visibleNodes === 0;

  return (
    <div className={['app', embed ? 'is-embed' : '', presenting ? 'is-presenting' : ''].filter(Boolean).join(' ')}>
      {embed ? (
        <EmbedBar
          title={dataset?.file.meta.title ?? t('app.name')}
          fullMapUrl={fullMapUrl(window.location.href)}
          search={panels.has('search') && searchBox}
        />
      ) : (
        <Header
          meta={dataset?.file.meta ?? null}
          lang={lang}
          onLang={changeLang}
          onOpenFile={(file) => void openFile(file)}
          onAbout={() => setAboutOpen(true)}
          search={searchBox}
          actions={
            dataset &&
            appearance &&
            visibility &&
            positionsReady && (
              <>
                <button type="button" onClick={() => enter()} title={t('present.startTitle')} data-testid="present-button">
                  {t('present.start')}
                </button>
                <button type="button" onClick={() => setStoriesOpen(!storiesOpen)} aria-expanded={storiesOpen} data-testid="stories-button">
                  {t('present.editor.title')}
                </button>
                <button type="button" onClick={() => setShareOpen(true)} data-testid="share-button">
                  {t('share.button')}
                </button>
                <ExportMenu
                  dataset={exportedDataset ?? dataset}
                  appearance={appearance}
                  positions={positions}
                  visibility={visibility}
                  viewport={() => mapRef.current?.viewport() ?? null}
                  viewQuery={serializeViewState(state)}
                  lang={lang}
                  renderer={rendererInUse}
                />
              </>
            )
          }
        />
      )}
      <main className="app-main">
        {graph && panels.has('filters') && (
          <div
            className={filtersOpen ? 'filters-column is-open' : 'filters-column'}
            id="filters-panel"
            aria-busy={facets ? undefined : true}
          >
            {/* The column keeps its room while the counts are computed, so the map never resizes. */}
            {facets && (
              <FiltersPanel
                graph={graph}
                filters={filters}
                facets={facets}
                lang={lang}
                onChange={(next, mode) => setView({ filters: next }, mode)}
              />
            )}
          </div>
        )}
        {appearance && visibility && graph && counts && positionsReady ? (
          <div className="map-area">
            <MapRenderer
              renderer={rendererInUse}
              ref={mapRef}
              appearance={appearance}
              positions={positions}
              visibility={mapVisibility ?? visibility}
              presenting={presenting}
              selectedId={selectedId}
              initialCamera={state.camera}
              frameKey={`${focus.id ?? ''}|${focus.depth}|${state.present.story ?? ''}|${state.present.step}|${presenting}`}
              label={dataset?.file.meta.title ?? t('app.name')}
              roleDescription={t('map.roleDescription')}
              onDrawn={onDrawn}
              guardWheel={embed}
              onWheelBlocked={showWheelHint}
              onNodeMoved={moveNode}
              onSelect={setSelectedId}
              onHover={setHover}
              onCamera={(camera) => setView({ camera }, 'replace')}
            />
            {wheelHintAt > 0 && <WheelHint />}
            {active && (
              <Suspense fallback={null}>
                <PresentationOverlay
                  story={active.story}
                  stepIndex={active.index}
                  lang={lang}
                  onStep={(index) => go(active.story, index)}
                  onExit={exit}
                  autoplay={state.present.autoplay}
                  autoplayPaused={autoplay.paused}
                  onAutoplayToggle={autoplay.paused ? autoplay.resume : autoplay.pause}
                />
              </Suspense>
            )}
            {span && !embed && (timelineOpen || timelineYear !== null) && (
              <Suspense fallback={null}>
                <TimelineControl
                  min={span.min}
                  max={span.max}
                  year={timelineYear}
                  playing={timelinePlaying}
                  lang={lang}
                  onYear={(year, mode) => setView({ filters: timelineFilters(filters, year) }, mode)}
                  onPlay={setTimelinePlaying}
                />
              </Suspense>
            )}
            {hoveredActor && hover && <ActorTooltip {...hoveredActor} x={hover.x} y={hover.y} />}
            {focusLabel && (
              <FocusBar
                label={focusLabel}
                depth={focus.depth}
                onDepth={(depth) => setView({ focus: { id: focus.id, depth } })}
                onExit={() => setView({ focus: { id: null, depth: 1 }, camera: null })}
              />
            )}
            {nothingVisible && (
              <div className="map-empty" role="status">
                <p>{t('map.empty')}</p>
                {hasActiveFilters(filters) && (
                  <button type="button" onClick={() => setView({ filters: { ...emptyFilters() } })}>
                    {t('map.clearFilters')}
                  </button>
                )}
              </div>
            )}
            <MapControls
              onZoomIn={() => mapRef.current?.zoomBy(1.3)}
              onZoomOut={() => mapRef.current?.zoomBy(1 / 1.3)}
              onFit={() => mapRef.current?.fit()}
              onRearrange={embed ? undefined : rearrange}
              onTimeline={span && !embed ? () => setTimelineOpen(!timelineOpen) : undefined}
              timelineOpen={timelineOpen || timelineYear !== null}
            />
            <div className="map-status">
              <StatusLine counts={counts} />
              {!embed && <LayoutProgress progress={layoutProgress} cutShort={cutShort} onStop={stopLayout} onRearrange={rearrange} />}
            </div>
            {panels.has('filters') && (
              <FiltersToggle open={filtersOpen} active={hasActiveFilters(filters)} onToggle={() => setFiltersOpen(!filtersOpen)} />
            )}
            {panels.has('legend') && (
              <Legend
                compact={selectedId !== null}
                kinds={appearance.kinds}
                kindsInUse={kindsInUse}
                lang={lang}
                sizeBy={sizeBy}
                onSizeBy={setSizeBy}
                simplified={rendererInUse === 'webgl'}
              />
            )}
          </div>
        ) : (
          <p className="map-placeholder">
            {loadingName ? t('app.loadingFile', { name: loadingName }) : failure && !dataset ? t('app.noMap') : t('app.loading')}
          </p>
        )}
        {loadingName && dataset && <p className="loading-toast">{t('app.loadingFile', { name: loadingName })}</p>}
        {dataset && storiesOpen && !presenting && (
          <div className="side-panel">
            {stories.length > 0 && (
              <button
                type="button"
                className="presenter-open"
                onClick={() => openPresenterWindow(window.location.href)}
                title={t('present.presenterOpenTitle')}
                data-testid="presenter-button"
              >
                {t('present.presenterOpen')} ↗
              </button>
            )}
            <Suspense fallback={null}>
              <StoryEditor
                stories={stories}
                currentView={captureView(state)}
                lang={lang}
                onChange={(next) => setEdited({ file: dataset.file, stories: next })}
                onPlay={(storyId, index) => {
                  setStoriesOpen(false);
                  enter(storyId, index);
                }}
                onClose={() => setStoriesOpen(false)}
              />
            </Suspense>
          </div>
        )}
        {graph && selectedId && graph.hasNode(selectedId) && !storiesOpen && (
          <div className="side-panel">
            <Suspense fallback={null}>
              <ActorPanel
                graph={graph}
                id={selectedId}
                lang={lang}
                onSelect={chooseActor}
                onFocus={focusOn}
                onClose={() => setSelectedId(null)}
              />
            </Suspense>
          </div>
        )}
        {failure && <ErrorPanel failure={failure} mapShown={dataset !== null} onDismiss={dismissFailure} />}
        {dropped.length > 0 && <UrlNotice dropped={dropped} onDismiss={dismissDropped} />}
      </main>
      {!embed && <DropZone onFile={(file) => void openFile(file)} />}
      <Suspense fallback={null}>
        {shareOpen && dataset && (
          <ShareDialog
            state={state}
            title={dataset.file.meta.title}
            localFile={dataset.openedFrom !== 'url'}
            onClose={() => setShareOpen(false)}
          />
        )}
        {aboutOpen && dataset && <AboutPanel meta={dataset.file.meta} lang={lang} onClose={() => setAboutOpen(false)} />}
      </Suspense>
    </div>
  );
}
