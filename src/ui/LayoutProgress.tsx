import { useTranslation } from 'react-i18next';

interface Props {
  /** Share of the layout done, 0..1; 1 once it has ended. */
  progress: number;
  /** Why the last layout ended early, if it did. */
  cutShort: 'stopped' | 'budget' | null;
  onStop: () => void;
  onRearrange?: () => void;
}

/**
 * While a large map is being arranged (in the worker), how far it is, and a way to stop it where
 * it is; once stopped or out of time, says so and offers a new arrangement.
 */
export function LayoutProgress({ progress, cutShort, onStop, onRearrange }: Props) {
  const { t } = useTranslation();
  if (progress < 1) {
    const percent = Math.floor(progress * 100);
    return (
      <div className="layout-progress" data-testid="layout-progress">
        {/* The button first: the changing percentage never moves it from under the pointer. */}
        <button type="button" onClick={onStop} data-testid="layout-stop">
          {t('layout.stop')}
        </button>
        <progress max={100} value={percent} aria-label={t('layout.progressLabel')} />
        <span role="status">{t('layout.running', { percent })}</span>
      </div>
    );
  }
  if (cutShort === null) return null;
  return (
    <div className="layout-progress" data-testid="layout-progress">
      <span role="status">{t(cutShort === 'budget' ? 'layout.outOfTime' : 'layout.stopped')}</span>
      {onRearrange && (
        <button type="button" onClick={onRearrange}>
          {t('layout.again')}
        </button>
      )}
    </div>
  );
}
