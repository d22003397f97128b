import { useTranslation } from 'react-i18next';

/** Says how to zoom an embedded map, when the wheel scrolled the page instead. */
export function WheelHint() {
  const { t } = useTranslation();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <div className="wheel-hint" role="status" data-testid="wheel-hint">
      {t('embed.wheelHint', { key: mac ? '⌘' : 'Ctrl' })}
    </div>
  );
}
