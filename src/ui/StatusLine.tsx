import { useTranslation } from 'react-i18next';

export interface Counts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** "12 acteurs sur 25 · 9 alliances sur 31": what the map shows out of what the file holds. */
export function StatusLine({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const all = counts.visibleNodes === counts.nodes && counts.visibleEdges === counts.edges;
  const text = all
    ? `${t('status.actors', { count: counts.nodes })} · ${t('status.alliances', { count: counts.edges })}`
    : `${t('status.actorsOf', { count: counts.visibleNodes, total: counts.nodes })} · ${t('status.alliancesOf', { count: counts.visibleEdges, total: counts.edges })}`;
  return (
    <p className="status-line" role="status" data-testid="status">
      {text}
    </p>
  );
}
