import { isColumnKey, TABLE_NAMES, type TableName, type TableSort } from '../insight/columns';
import { COLOUR_BYS, type ColourBy } from '../view/colourBy';
import { SIZE_MEASURES, type SizeMeasure } from '../view/sizeMeasures';
import { readChoice, readScalar } from './read';
import type { Codec, Dropped } from './types';

export type { ColourBy };
export { COLOUR_BYS };

export type InsightView = 'map' | 'table' | 'summary';
export type Arrangement = 'force' | 'geo';
/** Whether the measures are taken on the whole map or on what the filters leave visible. */
export type MeasureScopeName = 'all' | 'view';

export const INSIGHT_VIEWS: readonly InsightView[] = ['map', 'table', 'summary'];
export const ARRANGEMENTS: readonly Arrangement[] = ['force', 'geo'];
export const MEASURE_SCOPES: readonly MeasureScopeName[] = ['all', 'view'];

/** How the ecosystem is read: map, table or summary; sizes, colours, arrangement; the table's order. */
export interface InsightState {
  view: InsightView;
  table: TableName;
  sort: TableSort | null;
  size: SizeMeasure;
  colour: ColourBy;
  arrange: Arrangement;
  measures: MeasureScopeName;
}

function readSort(params: URLSearchParams, dropped: Dropped[]): TableSort | null {
  const value = readScalar(params, 'sort', dropped);
  if (value === null) return null;
  const descending = value.startsWith('-');
  const key = (descending ? value.slice(1) : value).toLowerCase();
  if (isColumnKey(key)) return { key, descending };
  dropped.push({ param: 'sort', value });
  return null;
}

/** `view`, `table`, `sort` (`-` first: descending), `size`, `color`, `arrange`, `measures` (docs/url-parameters.md). */
export const insightCodec: Codec<InsightState> = {
  params: ['view', 'table', 'sort', 'size', 'color', 'arrange', 'measures'],
  defaults: () => ({ view: 'map', table: 'actors', sort: null, size: 'alliances', colour: 'kind', arrange: 'force', measures: 'all' }),
  parse(params) {
    const dropped: Dropped[] = [];
    const value: InsightState = {
      view: readChoice(params, 'view', INSIGHT_VIEWS, 'map', dropped),
      table: readChoice(params, 'table', TABLE_NAMES, 'actors', dropped),
      sort: readSort(params, dropped),
      size: readChoice(params, 'size', SIZE_MEASURES, 'alliances', dropped),
      colour: readChoice(params, 'color', COLOUR_BYS, 'kind', dropped),
      arrange: readChoice(params, 'arrange', ARRANGEMENTS, 'force', dropped),
      measures: readChoice(params, 'measures', MEASURE_SCOPES, 'all', dropped),
    };
    return { value, dropped };
  },
  serialize(value) {
    const pairs: Array<[string, string]> = [];
    if (value.view !== 'map') pairs.push(['view', value.view]);
    if (value.table !== 'actors') pairs.push(['table', value.table]);
    if (value.sort) pairs.push(['sort', `${value.sort.descending ? '-' : ''}${value.sort.key}`]);
    if (value.size !== 'alliances') pairs.push(['size', value.size]);
    if (value.colour !== 'kind') pairs.push(['color', value.colour]);
    if (value.arrange !== 'force') pairs.push(['arrange', value.arrange]);
    if (value.measures !== 'all') pairs.push(['measures', value.measures]);
    return pairs;
  },
};
