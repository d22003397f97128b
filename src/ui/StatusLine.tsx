import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/types';
import { formatNumber } from '../i18n/format';

export interface Counts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** "12 acteurs sur 25 · 9 alliances sur 31": what the map shows out of what the file holds. */
export function StatusLine({ counts, lang }: { counts: Counts; lang: Lang }) {
  const { t } = useTranslation();
  const all = counts.visibleNodes === counts.nodes && counts.visibleEdges === counts.edges;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <p className="status-line" role="status" data-testid="status">
      {all
        ? t('status.summary', { nodes: n(counts.nodes), edges: n(counts.edges) })
        : t('status.filtered', {
            nodes: n(counts.nodes),
            edges: n(counts.edges),
            visibleNodes: n(counts.visibleNodes),
            visibleEdges: n(counts.visibleEdges),
          })}
    </p>
  );
}
