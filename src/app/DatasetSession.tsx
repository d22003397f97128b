import { lazy, Suspense, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasActiveFilters } from '../filters';
import { localLabel } from '../i18n/format';
import { markDrawn } from '../inspect/handle';
import type { Dataset } from '../load/loadData';
import { chooseRenderer } from '../map/chooseRenderer';
import { webglAvailable } from '../map/webglSupport';
import type { MapHandle } from '../map/mapHandle';
import type { Story } from '../model/types';
import { allianceYears, captureView, endedEdgeIds, timelineFilters, timelineYearOf } from '../present';
import { DropZone } from '../ui/DropZone';
import { PartBoundary } from '../ui/PartBoundary';
import { SheetGrip } from '../ui/SheetGrip';
import { FiltersPanel } from '../ui/filters/FiltersPanel';
import { serializeViewState, type ViewState } from '../url-state';
import { SessionChrome } from './SessionChrome';
import { InsightColumn } from './InsightColumn';
import { useArrangement } from './useArrangement';
import { MapArea } from './MapArea';
import { MapOverlays } from './MapOverlays';
import { ALL_CLOSED, panelsReducer } from './panels';
import { appMode, focusOn, type Producer } from './producers';
import { SideColumn } from './SideColumn';
import { useDerivedView } from './useDerivedView';
import { useEmbedCommands } from './useEmbedCommands';
import { useInsight } from './useInsight';
import { useInspectionSource } from './useInspectionSource';
import { useOnChange } from './useOnChange';
import { usePositions } from './usePositions';
import { usePresentation } from './usePresentation';
import type { HistoryMode } from './useViewState';

const AboutPanel = lazy(() => import('../ui/about/AboutPanel').then((module) => ({ default: module.AboutPanel })));
const ShareDialog = lazy(() => import('../ui/share/ShareDialog').then((module) => ({ default: module.ShareDialog })));

interface Props {
  dataset: Dataset;
  state: ViewState;
  update: (producer: Producer, mode?: HistoryMode) => void;
  loadingName: string | null;
  onOpenFiles: (files: File[]) => void;
  onLang: (lang: ViewState['lang']) => void;
  /** The load and URL notices, shown over the map. */
  notices: ReactNode;
}

/**
 * One open dataset: what belongs to it (the selection, the stories edited, which panel is open,
 * the positions) lives here and ends with it — the app keys this component by the dataset.
 */
export function DatasetSession({ dataset, state, update, loadingName, onOpenFiles, onLang, notices }: Props) {
  const { t } = useTranslation();
  const { graph, file } = dataset;
  const { lang, filters, focus } = state;
  const mode = appMode(state);
  const map = useRef<MapHandle>(null);
  const [panels, dispatch] = useReducer(panelsReducer, ALL_CLOSED);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editedStories, setEditedStories] = useState<Story[] | null>(null);
  const [drawn, setDrawn] = useState(false);
  const stories = useMemo(() => editedStories ?? file.stories ?? [], [editedStories, file]);
  const insight = useInsight(graph, state, update);
  const { appearance, visibility, counts, facets } = useDerivedView(
    graph,
    lang,
    filters,
    focus.id,
    focus.depth,
    insight.insight.size,
    insight.reading,
    state.stated,
  );
  const layout = usePositions(graph);
  const arranged = useArrangement(graph, lang, state.insight.arrange, layout.positions, layout.moveNode);
  const presentation = usePresentation({ state, update, stories, ready: true, embed: mode.embed });
  const wanted = chooseRenderer(state.renderer, graph.order);
  const webglMissing = wanted === 'webgl' && !webglAvailable();
  const renderer = webglMissing ? 'cytoscape' : wanted;
  const span = useMemo(() => allianceYears(graph), [graph]);
  const timelineYear = timelineYearOf(filters);
  const mapVisibility = useMemo(
    () =>
      visibility && timelineYear !== null
        ? { ...visibility, endedEdgeIds: endedEdgeIds(graph, visibility.visibleEdgeIds, timelineYear) }
        : visibility,
    [visibility, graph, timelineYear],
  );
  useInspectionSource(state, visibility, arranged.positions, renderer, map);
  // A new focus, story step or presentation frames what it shows.
  useOnChange([focus.id, focus.depth, state.present.story, state.present.step, presentation.presenting], () => map.current?.frame());

  const labelOf = (id: string | null) =>
    id && graph.hasNode(id) ? localLabel(graph.getNodeAttribute(id, 'label'), graph.getNodeAttribute(id, 'labels'), lang) : null;
  const selectedLabel = labelOf(selectedId);
  useEmbedCommands({
    state,
    graph,
    counts,
    drawn,
    selected: selectedId && selectedLabel ? { id: selectedId, label: selectedLabel } : null,
    update,
    map,
  });

  const chooseActor = (id: string) => {
    setSelectedId(id);
    // Centre once the side panel has taken its room.
    requestAnimationFrame(() => requestAnimationFrame(() => map.current?.centreOn(id)));
  };
  const ready = appearance && mapVisibility && counts && layout.ready;
  const closeDialog = () => dispatch({ type: 'close-dialog' });
  return (
    <>
      <SessionChrome
        dataset={dataset}
        state={state}
        update={update}
        mode={mode}
        onLang={onLang}
        onOpenFiles={onOpenFiles}
        onAbout={() => dispatch({ type: 'open-dialog', dialog: 'about' })}
        onChoose={chooseActor}
        view={insight.insight.view}
        onView={(view) => insight.set({ view })}
        stories={stories}
        tools={
          ready
            ? {
                onPresent: () => presentation.enter(),
                storiesOpen: panels.stories,
                onStories: () => dispatch({ type: 'toggle', panel: 'stories' }),
                onShare: () => dispatch({ type: 'open-dialog', dialog: 'share' }),
                exported: {
                  appearance,
                  positions: arranged.positions,
                  visibility: visibility ?? mapVisibility,
                  viewport: () => map.current?.viewport() ?? null,
                  viewQuery: serializeViewState(state),
                },
              }
            : null
        }
      />
      <main className={insight.insight.view === 'map' ? 'app-main' : 'app-main has-insight'}>
        {mode.panels.has('filters') && (
          <div
            className={panels.filters ? 'filters-column is-open' : 'filters-column'}
            id="filters-panel"
            aria-busy={facets ? undefined : true}
          >
            {/* The column keeps its room while the counts are computed, so the map never resizes. */}
            {panels.filters && <SheetGrip onClose={() => dispatch({ type: 'close', panel: 'filters' })} testId="filters-sheet-grip" />}
            {facets && (
              <PartBoundary part="filters">
                <FiltersPanel
                  graph={graph}
                  filters={filters}
                  facets={facets}
                  lang={lang}
                  onChange={(next, history) => update((current) => ({ ...current, filters: next }), history)}
                />
              </PartBoundary>
            )}
          </div>
        )}
        {ready && (
          <InsightColumn
            graph={graph}
            state={state}
            update={update}
            visibility={mapVisibility}
            measures={insight.measures}
            selectedId={selectedId}
            onSelect={chooseActor}
          />
        )}
        {ready ? (
          <MapArea
            mode={mode}
            renderer={renderer}
            webglMissing={webglMissing}
            onUseCanvas={() => update((current) => ({ ...current, renderer: 'cytoscape' }), 'replace')}
            map={map}
            drawing={{
              appearance,
              positions: arranged.positions,
              backdrop: arranged.backdrop,
              labelLeaders: arranged.labelLeaders,
              arrangement: arranged.arrangement,
              visibility: mapVisibility,
              presenting: presentation.presenting,
              selectedId,
              initialCamera: state.camera,
              label: file.meta.title ?? t('app.name'),
              onDrawn: () => {
                markDrawn();
                setDrawn(true);
              },
              onNodeMoved: arranged.moveNode,
              onSelect: setSelectedId,
              onCamera: (camera) => update((current) => ({ ...current, camera }), 'replace'),
            }}
            graph={graph}
            lang={lang}
            counts={counts}
            layout={layout}
            legend={{
              insight: insight.insight,
              onInsight: insight.set,
              measures: insight.measures,
              measuring: insight.measuring,
              stated: state.stated,
              onStated: (stated) => update((current) => ({ ...current, stated })),
            }}
            onArrange={insight.toggleArrange}
            filters={{
              active: hasActiveFilters(filters),
              open: panels.filters,
              onToggle: () => dispatch({ type: 'toggle', panel: 'filters' }),
            }}
            timeline={{
              span,
              open: panels.timeline,
              year: timelineYear,
              onToggle: () => dispatch({ type: 'toggle', panel: 'timeline' }),
              onYear: (year, history) => update((current) => ({ ...current, filters: timelineFilters(current.filters, year) }), history),
            }}
            overlays={
              <MapOverlays
                state={state}
                update={update}
                presentation={presentation}
                focusLabel={labelOf(focus.id)}
                nothingVisible={counts.visibleNodes === 0}
              />
            }
          />
        ) : (
          <p className="map-placeholder">{loadingName ? t('app.loadingFile', { name: loadingName }) : t('app.loading')}</p>
        )}
        {loadingName && <p className="loading-toast">{t('app.loadingFile', { name: loadingName })}</p>}
        <SideColumn
          graph={graph}
          lang={lang}
          presenting={presentation.presenting}
          stories={{
            open: panels.stories,
            list: stories,
            currentView: captureView(state),
            onChange: setEditedStories,
            onPlay: (storyId, index) => {
              dispatch({ type: 'close', panel: 'stories' });
              presentation.enter(storyId, index);
            },
            onClose: () => dispatch({ type: 'close', panel: 'stories' }),
          }}
          actor={{ id: selectedId, onSelect: chooseActor, onFocus: (id) => update(focusOn(id)), onClose: () => setSelectedId(null) }}
        />
        {notices}
      </main>
      {mode.editing && <DropZone onFiles={onOpenFiles} />}
      <Suspense fallback={null}>
        {panels.dialog === 'share' && (
          <PartBoundary part="share" onClose={closeDialog}>
            <ShareDialog state={state} title={file.meta.title} localFile={dataset.openedFrom !== 'url'} onClose={closeDialog} />
          </PartBoundary>
        )}
        {panels.dialog === 'about' && (
          <PartBoundary part="about" onClose={closeDialog}>
            <AboutPanel meta={file.meta} lang={lang} onClose={closeDialog} />
          </PartBoundary>
        )}
      </Suspense>
    </>
  );
}
