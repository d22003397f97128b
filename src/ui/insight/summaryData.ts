// The numbers of the summary panel, from the view the filters leave: pure (no React, no d3), so
// each chart's bars and what a click on a bar does are tested without a browser.
import { NATIONAL_SCOPE, SCOPES } from '../../domain/regions';
import { sdgByNumber } from '../../domain/sdgs';
import { SUPPORT_FORMS } from '../../domain/supportForms';
import type { Lang } from '../../domain/types';
import { actorSdgIndex, yearOf, type Filters } from '../../filters';
import { localLabel } from '../../i18n/format';
import type { AllianceGraph } from '../../model/graph';
import { THEME } from '../../view/theme';
import type { Visibility } from '../../view/types';
import { graphKindVisuals, scopeName } from '../actor/describe';

/** What a click on a bar does: add its value to a filter, focus on an actor, or set the period to its year. */
export type BarAction =
  | { type: 'kind' | 'region' | 'support'; value: string }
  | { type: 'sdg'; value: number }
  | { type: 'focus'; id: string }
  | { type: 'period'; year: number };

export interface Bar {
  key: string;
  label: string;
  value: number;
  colour: string;
  /** The filter this bar sets is on already. */
  active: boolean;
  /** Null for a bar that sets nothing (amounts of alliances without a date). */
  action: BarAction | null;
}

export type ChartId = 'byKind' | 'byRegion' | 'bySdg' | 'bySupport' | 'amountByFunder' | 'amountByYear';

export interface Chart {
  id: ChartId;
  bars: Bar[];
  /** Values are amounts (€), not counts. */
  money: boolean;
}

const BAR_COLOUR = THEME.ink.link;
/** Funders beyond this many are left out of their chart (the largest amounts stay). */
export const TOP_FUNDERS = 10;

function add<K>(totals: Map<K, number>, key: K, value: number): void {
  totals.set(key, (totals.get(key) ?? 0) + value);
}

export function summaryCharts(graph: AllianceGraph, visibility: Visibility, filters: Filters, lang: Lang, noDate: string): Chart[] {
  const kinds = graphKindVisuals(graph);
  const sdgsOf = actorSdgIndex(graph);
  const byKind = new Map<string, number>();
  const byRegion = new Map<string, number>();
  const bySdg = new Map<number, number>();
  for (const id of visibility.visibleNodeIds) {
    const actor = graph.getNodeAttributes(id);
    add(byKind, actor.kind, 1);
    for (const region of new Set(actor.regions ?? [])) add(byRegion, region, 1);
    for (const sdg of sdgsOf.get(id) ?? []) add(bySdg, sdg, 1);
  }
  const bySupport = new Map<string, number>();
  const byFunder = new Map<string, number>();
  const byYear = new Map<number | null, number>();
  for (const id of visibility.visibleEdgeIds) {
    const alliance = graph.getEdgeAttributes(id);
    for (const form of new Set(alliance.support ?? [])) add(bySupport, form, 1);
    if (alliance.amount === undefined || alliance.amount <= 0) continue;
    add(byFunder, graph.source(id), alliance.amount);
    add(byYear, yearOf(alliance.start), alliance.amount);
  }

  const regionOrder = SCOPES.map((scope) => scope.code);
  const label = (id: string) => localLabel(graph.getNodeAttribute(id, 'label'), graph.getNodeAttribute(id, 'labels'), lang);
  const years = [...byYear.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const period = filters.period;
  return [
    {
      id: 'byKind',
      money: false,
      bars: [...kinds.values()]
        .filter((visual) => byKind.has(visual.kind))
        .map((visual) => ({
          key: visual.kind,
          label: visual.names[lang],
          value: byKind.get(visual.kind)!,
          colour: visual.colour,
          active: filters.kind.includes(visual.kind),
          action: { type: 'kind', value: visual.kind },
        })),
    },
    {
      id: 'byRegion',
      money: false,
      bars: [...byRegion.entries()]
        .sort(([a, x], [b, y]) => y - x || regionOrder.indexOf(a) - regionOrder.indexOf(b))
        .map(([code, value]) => ({
          key: code,
          label: scopeName(code, lang),
          value,
          colour: code === NATIONAL_SCOPE ? THEME.ink.muted : BAR_COLOUR,
          active: filters.region.includes(code),
          action: { type: 'region', value: code },
        })),
    },
    {
      id: 'bySdg',
      money: false,
      bars: [...bySdg.entries()]
        .sort(([a], [b]) => a - b)
        .map(([sdg, value]) => ({
          key: String(sdg),
          label: `${sdg}. ${sdgByNumber(sdg)?.[lang] ?? ''}`,
          value,
          colour: sdgByNumber(sdg)?.colour ?? BAR_COLOUR,
          active: filters.sdg.includes(sdg),
          action: { type: 'sdg', value: sdg },
        })),
    },
    {
      id: 'bySupport',
      money: false,
      bars: SUPPORT_FORMS.filter((form) => bySupport.has(form.code)).map((form) => ({
        key: form.code,
        label: form[lang],
        value: bySupport.get(form.code)!,
        colour: THEME.supportForms[form.code].colour,
        active: filters.support.includes(form.code),
        action: { type: 'support', value: form.code },
      })),
    },
    {
      id: 'amountByFunder',
      money: true,
      bars: [...byFunder.entries()]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, TOP_FUNDERS)
        .map(([id, value]) => ({ key: id, label: label(id), value, colour: BAR_COLOUR, active: false, action: { type: 'focus', id } })),
    },
    {
      id: 'amountByYear',
      money: true,
      bars: years.map((year) => ({
        key: String(year ?? 'none'),
        label: year === null ? noDate : String(year),
        value: byYear.get(year)!,
        colour: BAR_COLOUR,
        active: year !== null && period !== null && period.from === year && period.to === year,
        action: year === null ? null : { type: 'period', year },
      })),
    },
  ];
}

/** The filters after a click on a bar: its value added to its filter (the period set to its year). Focus is not a filter: unchanged. */
export function filtersAfterBar(filters: Filters, action: BarAction): Filters {
  switch (action.type) {
    case 'kind':
    case 'region':
    case 'support':
      return filters[action.type].includes(action.value) ? filters : { ...filters, [action.type]: [...filters[action.type], action.value] };
    case 'sdg':
      return filters.sdg.includes(action.value) ? filters : { ...filters, sdg: [...filters.sdg, action.value] };
    case 'period':
      return { ...filters, period: { from: action.year, to: action.year } };
    case 'focus':
      return filters;
  }
}
