import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  active: boolean;
  onToggle: () => void;
}

/** Opens the filters as a sheet where they are not a sidebar (phones, embeds). */
export function FiltersToggle({ open, active, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="filters-toggle"
      aria-expanded={open}
      aria-controls="filters-panel"
      onClick={onToggle}
      data-testid="filters-toggle"
    >
      {open ? t('filtersToggle.close') : t('filtersToggle.open')}
      {active && !open && <span className="filters-toggle-dot" aria-label={t('filtersToggle.active')} />}
    </button>
  );
}
