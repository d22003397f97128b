import { useEffect, useRef } from 'react';
import type { TableSort } from '../../insight/columns';
import type { Column, Row } from './tableRows';
import { ROW_PX, useRowWindow } from './useRowWindow';

interface Props<K extends string> {
  caption: string;
  columns: readonly Column<K>[];
  headers: Record<K, string>;
  rows: readonly Row<K>[];
  sort: TableSort | null;
  onSort: (column: Column<K>) => void;
  selectedId: string | null;
  onSelect: (actorId: string) => void;
  selectLabel: (name: string) => string;
  testId: string;
}

/**
 * A real table a screen reader can walk: one header row of sort buttons, the first cell of each
 * row a button that selects its actor. Above VIRTUALISE_ABOVE rows only those in view are drawn,
 * with aria-rowcount and aria-rowindex telling where they stand.
 */
export function DataTable<K extends string>(props: Props<K>) {
  const { caption, columns, headers, rows, sort, onSort, selectedId, onSelect, selectLabel, testId } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const window = useRowWindow(scroller, rows.length);
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.actorId === selectedId);

  // A selection made on the map brings its row into view.
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * ROW_PX;
    const header = ROW_PX;
    if (top < element.scrollTop || top + 2 * ROW_PX > element.scrollTop + element.clientHeight - header) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 3);
      window.onScroll();
    }
    // Only when the selection (or its place) changes, not at every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex]);

  const first = columns[0]!;
  return (
    <div className="data-table-scroll" ref={scroller} onScroll={window.onScroll} data-testid={testId}>
      <table className="data-table" aria-rowcount={window.virtual ? rows.length + 1 : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={window.virtual ? 1 : undefined}>
            {columns.map((column) => {
              const sorted = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'is-numeric' : undefined}
                  aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" onClick={() => onSort(column)} data-column={column.key}>
                    {headers[column.key]}
                    <span className="sort-mark" aria-hidden="true">
                      {sorted ? (sort.descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {window.before > 0 && <tr className="data-table-spacer" aria-hidden="true" style={{ height: window.before }} />}
          {rows.slice(window.start, window.end).map((row, offset) => {
            const selected = row.actorId === selectedId;
            const name = first.display(row.values[first.key]);
            return (
              <tr
                key={row.id}
                aria-rowindex={window.virtual ? window.start + offset + 2 : undefined}
                className={selected ? 'is-selected' : undefined}
                onClick={() => onSelect(row.actorId)}
              >
                <th scope="row">
                  <button type="button" className="row-select" aria-current={selected || undefined} title={selectLabel(name)}>
                    {name}
                  </button>
                </th>
                {columns.slice(1).map((column) => (
                  <td key={column.key} className={column.numeric ? 'is-numeric' : undefined}>
                    {column.display(row.values[column.key])}
                  </td>
                ))}
              </tr>
            );
          })}
          {window.after > 0 && <tr className="data-table-spacer" aria-hidden="true" style={{ height: window.after }} />}
        </tbody>
      </table>
    </div>
  );
}
