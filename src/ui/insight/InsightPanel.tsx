import type { Lang } from '../../domain/types';
import type { Filters } from '../../filters';
import type { TableName, TableSort } from '../../insight/columns';
import type { Measures } from '../../insight/measures';
import type { AllianceGraph } from '../../model/graph';
import type { InsightView } from '../../url-state';
import type { Visibility } from '../../view/types';
import { InsightTables } from './InsightTables';
import { SummaryPanel } from './SummaryPanel';
import './insight.css';

export interface InsightPanelProps {
  view: Exclude<InsightView, 'map'>;
  graph: AllianceGraph;
  lang: Lang;
  visibility: Visibility;
  filters: Filters;
  measures: Measures | null;
  table: TableName;
  sort: TableSort | null;
  onTable: (table: TableName) => void;
  onSort: (sort: TableSort) => void;
  selectedId: string | null;
  onSelect: (actorId: string) => void;
  /** A summary bar sets a filter… */
  onFilters: (filters: Filters) => void;
  /** …or focuses on its funder. */
  onFocus: (id: string) => void;
}

/** The column beside the map (instead of it on a narrow screen): the tables or the summary. A chunk of its own. */
export function InsightPanel({ view, onFilters, onFocus, filters, ...props }: InsightPanelProps) {
  return (
    <div className="insight-column" data-testid="insight-column">
      {view === 'table' ? (
        <InsightTables {...props} />
      ) : (
        <SummaryPanel
          graph={props.graph}
          lang={props.lang}
          visibility={props.visibility}
          filters={filters}
          onFilters={onFilters}
          onFocus={onFocus}
        />
      )}
    </div>
  );
}
