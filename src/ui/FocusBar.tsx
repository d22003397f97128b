import { useTranslation } from 'react-i18next';
import type { FocusDepth } from '../filters';

interface Props {
  label: string;
  depth: FocusDepth;
  onDepth: (depth: FocusDepth) => void;
  onExit: () => void;
}

/** Says which actor the map is focused on, lets the reader widen it, and leads back to the whole map. */
export function FocusBar({ label, depth, onDepth, onExit }: Props) {
  const { t } = useTranslation();
  return (
    <div className="focus-bar" role="region" aria-label={t('focus.region')} data-testid="focus-bar" data-map-inset="top">
      <span>{t('focus.title', { label })}</span>
      <div className="focus-depth" role="group" aria-label={t('focus.depth')}>
        {([1, 2] as const).map((value) => (
          <button key={value} type="button" aria-pressed={depth === value} onClick={() => onDepth(value)}>
            {t('focus.steps', { count: value })}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="focus-exit"
        onClick={(event) => {
          // The bar goes with the focus: the keyboard's place moves to the map it leads back to.
          event.currentTarget.closest('.map-area')?.querySelector<HTMLElement>('[data-testid="map"]')?.focus();
          onExit();
        }}
        data-testid="focus-exit"
      >
        {t('focus.exit')}
      </button>
    </div>
  );
}
