import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { CSV_DIALECTS, csvTable } from '../../export/csv';
import { downloadBlob } from '../../export/download';
import { exportFileName } from '../../export/fileNames';
import { TABLE_NAMES, type ActorColumn, type AllianceColumn } from '../../insight/columns';
import { DataTable } from './DataTable';
import type { InsightPanelProps } from './InsightPanel';
import { actorColumns, actorRows, allianceColumns, allianceRows, nextSort, sortRows, type Column, type Row } from './tableRows';

type Props = Pick<
  InsightPanelProps,
  'graph' | 'lang' | 'visibility' | 'measures' | 'table' | 'sort' | 'onTable' | 'onSort' | 'selectedId' | 'onSelect'
>;

/** Writes the rows as shown (their order, their text) into a CSV file the reader downloads, as the interface's spreadsheet reads it. */
function downloadCsv<K extends string>(
  rows: readonly Row<K>[],
  columns: readonly Column<K>[],
  headers: Record<K, string>,
  name: string,
  lang: Lang,
) {
  const csv = csvTable(
    columns.map((column) => headers[column.key]),
    rows.map((row) => columns.map((column) => (column.numeric ? row.values[column.key] : column.display(row.values[column.key])))),
    CSV_DIALECTS[lang],
  );
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
}

/** The actors and alliances tables of the view, sortable by every column, in step with the map. */
export function InsightTables({ graph, lang, visibility, measures, table, sort, onTable, onSort, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const meta = graph.getAttributes();
  const actors = useMemo(() => {
    const columns = actorColumns(lang, t('insight.noCommunity'));
    return { columns, rows: sortRows(actorRows(graph, visibility.visibleNodeIds, measures, lang), columns, sort, lang) };
  }, [graph, visibility, measures, lang, sort, t]);
  const alliances = useMemo(() => {
    const columns = allianceColumns(lang);
    return { columns, rows: sortRows(allianceRows(graph, visibility.visibleEdgeIds, lang), columns, sort, lang) };
  }, [graph, visibility, lang, sort]);
  const headers = <K extends ActorColumn | AllianceColumn>(columns: readonly Column<K>[]) => {
    const names = {} as Record<K, string>;
    for (const { key } of columns) names[key] = t(`insight.columns.${key}`);
    return names;
  };
  const selectLabel = (name: string) => t('insight.select', { name });
  const shown = table === 'actors' ? actors : alliances;
  const shownHeaders = headers<ActorColumn | AllianceColumn>(shown.columns);

  return (
    <section className="insight-tables" aria-label={t('insight.tables')}>
      <div className="insight-toolbar">
        <div className="segmented" role="group" aria-label={t('insight.tables')}>
          {TABLE_NAMES.map((name) => (
            <button key={name} type="button" aria-pressed={table === name} onClick={() => onTable(name)} data-testid={`table-tab-${name}`}>
              {t(`insight.tab.${name}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          title={t('insight.csvTitle')}
          data-testid="table-csv"
          onClick={() =>
            downloadCsv<string>(
              shown.rows,
              shown.columns,
              shownHeaders,
              exportFileName(meta, table === 'actors' ? 'csv-actors' : 'csv-alliances'),
              lang,
            )
          }
        >
          {t('insight.csv')}
        </button>
      </div>
      {table === 'actors' ? (
        <DataTable
          caption={t('insight.actorsCaption', { count: actors.rows.length })}
          columns={actors.columns}
          headers={headers(actors.columns)}
          rows={actors.rows}
          sort={sort}
          onSort={(column) => onSort(nextSort(sort, column))}
          selectedId={selectedId}
          onSelect={onSelect}
          selectLabel={selectLabel}
          testId="actors-table"
        />
      ) : (
        <DataTable
          caption={t('insight.alliancesCaption', { count: alliances.rows.length })}
          columns={alliances.columns}
          headers={headers(alliances.columns)}
          rows={alliances.rows}
          sort={sort}
          onSort={(column) => onSort(nextSort(sort, column))}
          selectedId={selectedId}
          onSelect={onSelect}
          selectLabel={selectLabel}
          testId="alliances-table"
        />
      )}
    </section>
  );
}
