// The rows of the actors and alliances tables, limited by the same filters as the map: pure
// helpers (no React), so the table, its sorting and its CSV are tested without a browser.
import { supportFormByCode } from '../../domain/supportForms';
import type { Lang } from '../../domain/types';
import { formatAmount, formatDataDate, formatNumber, localLabel } from '../../i18n/format';
import type { ActorColumn, AllianceColumn, TableSort } from '../../insight/columns';
import type { ActorMeasures, Measures } from '../../insight/measures';
import type { AllianceGraph } from '../../model/graph';
import { measuredValue, type SizeMeasure } from '../../view/sizeMeasures';
import { graphKindVisuals, relationName, scopeName } from '../actor/describe';

export type CellValue = string | number | null;

/** One row: its actor (to select on the map) and the value of each column. */
export interface Row<K extends string> {
  id: string;
  /** The actor selected when the row is chosen. */
  actorId: string;
  values: Record<K, CellValue>;
}

/** A column: its key, how its values compare and read. */
export interface Column<K extends string> {
  key: K;
  numeric: boolean;
  /** The value as shown in the table (and written in the CSV). */
  display(value: CellValue): string;
}

const MEASURE_OF: Partial<Record<ActorColumn, SizeMeasure>> = {
  alliances: 'alliances',
  partners: 'partners',
  received: 'received',
  given: 'given',
  'amount-received': 'amount-received',
  'amount-given': 'amount-given',
  betweenness: 'betweenness',
};

export function actorRows(graph: AllianceGraph, visible: ReadonlySet<string>, measures: Measures | null, lang: Lang): Row<ActorColumn>[] {
  const kinds = graphKindVisuals(graph);
  const rows: Row<ActorColumn>[] = [];
  graph.forEachNode((id, actor) => {
    if (!visible.has(id)) return;
    const measured: ActorMeasures | undefined = measures?.byActor.get(id);
    const measure = (column: ActorColumn): number | null => {
      const name = MEASURE_OF[column];
      return name && measured ? measuredValue(measured, name) : null;
    };
    rows.push({
      id,
      actorId: id,
      values: {
        label: localLabel(actor.label, actor.labels, lang),
        kind: kinds.get(actor.kind)?.names[lang] ?? actor.kind,
        regions: (actor.regions ?? []).map((code) => scopeName(code, lang)).join(', ') || null,
        alliances: measure('alliances'),
        partners: measure('partners'),
        received: measure('received'),
        given: measure('given'),
        'amount-received': measure('amount-received'),
        'amount-given': measure('amount-given'),
        betweenness: measured ? Math.round(measured.betweenness * 10) / 10 : null,
        community: measured ? measured.community : null,
      },
    });
  });
  return rows;
}

export function allianceRows(graph: AllianceGraph, visible: ReadonlySet<string>, lang: Lang): Row<AllianceColumn>[] {
  const meta = graph.getAttributes();
  const label = (id: string) => localLabel(graph.getNodeAttribute(id, 'label'), graph.getNodeAttribute(id, 'labels'), lang);
  const rows: Row<AllianceColumn>[] = [];
  graph.forEachEdge((id, alliance, source, target) => {
    if (!visible.has(id)) return;
    rows.push({
      id,
      actorId: source,
      values: {
        source: label(source),
        target: label(target),
        relation: relationName(alliance.relation, meta, lang),
        support: (alliance.support ?? []).map((code) => supportFormByCode(code)?.[lang] ?? code).join(', ') || null,
        amount: alliance.amount ?? null,
        start: alliance.start ?? null,
        end: alliance.end ?? null,
      },
    });
  });
  return rows;
}

const text = (value: CellValue) => (value === null ? '' : String(value));

export function actorColumns(lang: Lang, noCommunity: string): Column<ActorColumn>[] {
  const count = (value: CellValue) => (typeof value === 'number' ? formatNumber(value, lang) : '');
  const money = (value: CellValue) => (typeof value === 'number' ? formatAmount(value, 'EUR', lang) : '');
  return [
    { key: 'label', numeric: false, display: text },
    { key: 'kind', numeric: false, display: text },
    { key: 'regions', numeric: false, display: text },
    { key: 'alliances', numeric: true, display: count },
    { key: 'partners', numeric: true, display: count },
    { key: 'received', numeric: true, display: count },
    { key: 'given', numeric: true, display: count },
    { key: 'amount-received', numeric: true, display: money },
    { key: 'amount-given', numeric: true, display: money },
    { key: 'betweenness', numeric: true, display: count },
    { key: 'community', numeric: true, display: (value) => (value === 0 ? noCommunity : count(value)) },
  ];
}

export function allianceColumns(lang: Lang): Column<AllianceColumn>[] {
  const date = (value: CellValue) => (typeof value === 'string' ? formatDataDate(value, lang) : '');
  return [
    { key: 'source', numeric: false, display: text },
    { key: 'target', numeric: false, display: text },
    { key: 'relation', numeric: false, display: text },
    { key: 'support', numeric: false, display: text },
    { key: 'amount', numeric: true, display: (value) => (typeof value === 'number' ? formatAmount(value, 'EUR', lang) : '') },
    { key: 'start', numeric: false, display: date },
    { key: 'end', numeric: false, display: date },
  ];
}

/**
 * The rows in the order asked: by a column (empty cells last either way; ties by the first
 * column, then by id), or as given when `sort` is null or names a column the table lacks.
 */
export function sortRows<K extends string>(
  rows: readonly Row<K>[],
  columns: readonly Column<K>[],
  sort: TableSort | null,
  lang: Lang,
): Row<K>[] {
  const column = sort && columns.find((candidate) => candidate.key === sort.key);
  if (!sort || !column) return [...rows];
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const first = columns[0]!.key;
  const compareValues = (a: CellValue, b: CellValue) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a.values[column.key];
    const y = b.values[column.key];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = compareValues(x, y) * direction;
      if (order !== 0) return order;
    }
    return collator.compare(String(a.values[first]), String(b.values[first])) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The sort after a click on a column's header: a new column sorts numbers high first and text A to Z; the same column again reverses. */
export function nextSort<K extends string>(current: TableSort | null, column: Column<K>): TableSort {
  if (current && current.key === column.key) return { key: current.key, descending: !current.descending };
  return { key: column.key as TableSort['key'], descending: column.numeric };
}
