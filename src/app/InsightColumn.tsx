import { lazy, Suspense } from 'react';
import type { Measures } from '../insight/measures';
import type { AllianceGraph } from '../model/graph';
import type { ViewState } from '../url-state';
import { PartBoundary } from '../ui/PartBoundary';
import type { Visibility } from '../view/types';
import { focusOn, type Producer } from './producers';
import { setInsight } from './useInsight';

// Tables, charts and their d3 scale are a chunk of their own, loaded when the reader asks for them.
const InsightPanel = lazy(() => import('../ui/insight/InsightPanel').then((module) => ({ default: module.InsightPanel })));

interface Props {
  graph: AllianceGraph;
  state: ViewState;
  update: (producer: Producer) => void;
  visibility: Visibility;
  measures: Measures | null;
  selectedId: string | null;
  onSelect: (actorId: string) => void;
}

/** The table or the summary beside the map, when the view asks for one. */
export function InsightColumn({ graph, state, update, visibility, measures, selectedId, onSelect }: Props) {
  const { view, table, sort } = state.insight;
  if (view === 'map') return null;
  return (
    // A table or chart that fails (a hostile file) leaves the map and the rest working.
    <PartBoundary part="insight" onClose={() => update(setInsight({ view: 'map' }))}>
      <Suspense fallback={<div className="insight-column" aria-busy="true" />}>
        <InsightPanel
          view={view}
          graph={graph}
          lang={state.lang}
          visibility={visibility}
          filters={state.filters}
          measures={measures}
          table={table}
          sort={sort}
          onTable={(next) => update(setInsight({ table: next, sort: null }))}
          onSort={(next) => update(setInsight({ sort: next }))}
          selectedId={selectedId}
          onSelect={onSelect}
          onFilters={(filters) => update((current) => ({ ...current, filters }))}
          onFocus={(id) => update(focusOn(id))}
        />
      </Suspense>
    </PartBoundary>
  );
}
