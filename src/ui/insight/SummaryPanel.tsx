import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { downloadBlob } from '../../export/download';
import { slugify } from '../../export/fileNames';
import type { Filters } from '../../filters';
import { formatAmount, formatNumber } from '../../i18n/format';
import type { AllianceGraph } from '../../model/graph';
import type { Visibility } from '../../view/types';
import { BarChart } from './BarChart';
import { filtersAfterBar, summaryCharts, type Bar, type BarAction, type ChartId } from './summaryData';
import { summaryPng, summarySvg } from './summaryPicture';

interface Props {
  graph: AllianceGraph;
  lang: Lang;
  visibility: Visibility;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  onFocus: (id: string) => void;
}

/** Small charts of the view: actors by kind, region, SDG; alliances by support form; amounts by funder and year. */
export function SummaryPanel({ graph, lang, visibility, filters, onFilters, onFocus }: Props) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const charts = useMemo(
    () => summaryCharts(graph, visibility, filters, lang, t('insight.charts.noDate')),
    [graph, visibility, filters, lang, t],
  );
  const title = t('insight.charts.title');
  const fileName = (extension: string) => `${slugify(graph.getAttributes().title)}-${slugify(title)}.${extension}`;
  const exportAs = async (kind: 'png' | 'svg') => {
    if (!panel.current) return;
    if (kind === 'svg') {
      const { svg } = summarySvg(panel.current, title);
      downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName('svg'));
    } else downloadBlob(await summaryPng(panel.current, title), fileName('png'));
  };
  const chartTitle = (id: ChartId) => t(`insight.charts.${id}`);
  const onBar = (action: BarAction) => (action.type === 'focus' ? onFocus(action.id) : onFilters(filtersAfterBar(filters, action)));

  return (
    <section className="summary-panel" aria-label={title} data-testid="summary-panel">
      <div className="insight-toolbar">
        <p className="summary-intro">{t('insight.charts.intro')}</p>
        <button type="button" onClick={() => void exportAs('png')} data-testid="summary-png">
          {t('insight.charts.exportPng')}
        </button>
        <button type="button" onClick={() => void exportAs('svg')} data-testid="summary-svg">
          {t('insight.charts.exportSvg')}
        </button>
      </div>
      <div className="summary-charts" ref={panel}>
        {charts.map((chart) => {
          const format = (value: number) => (chart.money ? formatAmount(value, 'EUR', lang) : formatNumber(value, lang));
          const barLabel = (bar: Bar) => t('insight.charts.bar', { name: bar.label, value: format(bar.value) });
          const barHint = (bar: Bar) => t(bar.action?.type === 'focus' ? 'insight.charts.barFocus' : 'insight.charts.barFilter');
          return (
            <BarChart
              key={chart.id}
              title={chartTitle(chart.id)}
              bars={chart.bars}
              format={format}
              barLabel={barLabel}
              barHint={barHint}
              emptyText={t('insight.charts.noData')}
              onBar={(bar) => bar.action && onBar(bar.action)}
              testId={`chart-${chart.id}`}
            />
          );
        })}
      </div>
    </section>
  );
}
