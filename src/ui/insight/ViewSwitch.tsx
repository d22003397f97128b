import { useTranslation } from 'react-i18next';
import { INSIGHT_VIEWS, type InsightView } from '../../url-state';

/** Map, table or summary: one pressed button of three. No other button of the app starts with « Tableau ». */
export function ViewSwitch({ view, onView }: { view: InsightView; onView: (view: InsightView) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented view-switch" role="group" aria-label={t('insight.views')}>
      {INSIGHT_VIEWS.map((name) => (
        <button key={name} type="button" aria-pressed={view === name} onClick={() => onView(name)} data-testid={`view-${name}`}>
          {t(`insight.view.${name}`)}
        </button>
      ))}
    </div>
  );
}
