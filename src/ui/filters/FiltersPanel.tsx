import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SCOPES } from '../../domain/regions';
import { SDGS } from '../../domain/sdgs';
import { SUPPORT_CODES } from '../../domain/supportForms';
import type { Lang } from '../../domain/types';
import type { FacetCounts } from '../../filters/facets';
import { hasActiveFilters, type Filters } from '../../filters/types';
import type { AllianceGraph } from '../../model/graph';
import { allianceYears } from '../../filters/years';
import { clearAllFilters, clearSection, isSectionActive, periodSummary, toggleOption, type FilterSection as Section } from './edits';
import { FilterSection } from './FilterSection';
import { KindFilter } from './KindFilter';
import { PeriodFilter } from './PeriodFilter';
import { RegionFilter } from './RegionFilter';
import { SdgFilter } from './SdgFilter';
import { SupportFilter } from './SupportFilter';
import { Switch } from './Switch';
import './filters.css';

export interface FiltersPanelProps {
  graph: AllianceGraph;
  filters: Filters;
  facets: FacetCounts;
  lang: Lang;
  onChange: (next: Filters, mode: 'push' | 'replace') => void;
}

const SDG_ORDER = SDGS.map((sdg) => sdg.number);
const SCOPE_ORDER = SCOPES.map((scope) => scope.code);

/**
 * The filters of docs/filters.md as a sidebar: SDGs, region (map, list, national actors),
 * kind of support, kind of actor, period, display options, and a short help. It holds no filter
 * state: every change goes out through `onChange`, and the counts come in through `facets`.
 */
export function FiltersPanel({ graph, filters, facets, lang, onChange }: FiltersPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const span = useMemo(() => allianceYears(graph), [graph]);
  const kindOrder = useMemo(() => [...facets.kind.keys()], [facets.kind]);

  const push = (next: Filters) => onChange(next, 'push');
  // The options' handlers stay the same from render to render, reading the filters of the last
  // one, so that the memoised sections re-render only when their own options change.
  const latest = useRef({ filters, onChange });
  useLayoutEffect(() => {
    latest.current = { filters, onChange };
  });
  const edit = useCallback((change: (current: Filters) => Filters) => {
    const { filters: current, onChange: send } = latest.current;
    send(change(current), 'push');
  }, []);
  const toggleSdg = useCallback((sdg: number) => edit((f) => ({ ...f, sdg: toggleOption(f.sdg, sdg, SDG_ORDER) })), [edit]);
  const toggleRegion = useCallback((code: string) => edit((f) => ({ ...f, region: toggleOption(f.region, code, SCOPE_ORDER) })), [edit]);
  const setNational = useCallback((national: Filters['national']) => edit((f) => ({ ...f, national })), [edit]);
  const toggleSupport = useCallback(
    (code: string) => edit((f) => ({ ...f, support: toggleOption(f.support, code, SUPPORT_CODES) })),
    [edit],
  );
  const toggleKind = useCallback((kind: string) => edit((f) => ({ ...f, kind: toggleOption(f.kind, kind, kindOrder) })), [edit, kindOrder]);
  const clear = (section: Section) => push(clearSection(filters, section));
  const selectedBadge = (count: number) => t('filters.selected', { count });
  const sectionProps = (section: Section) => ({
    id: section,
    active: isSectionActive(filters, section),
    onClear: () => clear(section),
    clearLabel: t(`filters.${section}.clear`),
  });
  const period = periodSummary(filters.period);

  return (
    <section className="filters-panel" aria-labelledby={titleId} data-testid="filters-panel" lang={lang}>
      <div className="fp-header">
        <h2 id={titleId}>{t('filters.title')}</h2>
        <button
          type="button"
          className="fp-clear-all"
          disabled={!hasActiveFilters(filters)}
          title={t('filters.clearAllHint')}
          data-testid="filters-clear-all"
          onClick={() => push(clearAllFilters(filters))}
        >
          {t('filters.clearAll')}
        </button>
      </div>

      <details className="fp-how" data-testid="filters-help">
        <summary>{t('filters.help.title')}</summary>
        <ul>
          <li>{t('filters.help.combine')}</li>
          <li>{t('filters.help.sdg')}</li>
          <li>{t('filters.help.national')}</li>
          <li>{t('filters.help.alliances')}</li>
          <li>{t('filters.help.counts')}</li>
        </ul>
        <p>{t('filters.help.example')}</p>
      </details>

      <FilterSection {...sectionProps('sdg')} title={t('filters.sdg.title')} badge={selectedBadge(filters.sdg.length)}>
        <SdgFilter selected={filters.sdg} counts={facets.sdg} lang={lang} onToggle={toggleSdg} />
      </FilterSection>

      <FilterSection {...sectionProps('region')} title={t('filters.region.title')} badge={selectedBadge(filters.region.length)}>
        <RegionFilter
          selected={filters.region}
          national={filters.national}
          counts={facets.region}
          lang={lang}
          onToggle={toggleRegion}
          onNational={setNational}
        />
      </FilterSection>

      <FilterSection {...sectionProps('support')} title={t('filters.support.title')} badge={selectedBadge(filters.support.length)}>
        <SupportFilter selected={filters.support} counts={facets.support} lang={lang} onToggle={toggleSupport} />
      </FilterSection>

      <FilterSection {...sectionProps('kind')} title={t('filters.kind.title')} badge={selectedBadge(filters.kind.length)}>
        <KindFilter graph={graph} selected={filters.kind} counts={facets.kind} lang={lang} onToggle={toggleKind} />
      </FilterSection>

      {span !== null && (
        <FilterSection {...sectionProps('period')} title={t('filters.period.title')} badge={t(period.key, period.values)}>
          <PeriodFilter span={span} period={filters.period} onChange={(next, mode) => onChange({ ...filters, period: next }, mode)} />
        </FilterSection>
      )}

      <FilterSection id="display" title={t('filters.display.title')} active={false}>
        <Switch
          label={t('filters.display.fade')}
          help={t('filters.display.fadeHelp')}
          checked={filters.filtered === 'fade'}
          testId="filter-filtered-fade"
          onChange={(fade) => push({ ...filters, filtered: fade ? 'fade' : 'hide' })}
        />
        <Switch
          label={t('filters.display.isolated')}
          help={t('filters.display.isolatedHelp')}
          checked={filters.isolated === 'show'}
          testId="filter-isolated-show"
          onChange={(show) => push({ ...filters, isolated: show ? 'show' : 'hide' })}
        />
      </FilterSection>
    </section>
  );
}
