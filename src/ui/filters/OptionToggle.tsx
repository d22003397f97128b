import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCount } from '../../filters/facets';

interface Props {
  testId: string;
  name: string;
  count: FacetCount;
  selected: boolean;
  /** Drawn before the name (shape, line sample…). */
  icon?: ReactNode;
  className?: string;
  onToggle: () => void;
}

/**
 * A toggle button for one option of a filter: icon, name, count. An option that would show
 * nothing is disabled, unless it is selected (so that it can be unselected).
 */
export function OptionToggle({ testId, name, count, selected, icon, className, onToggle }: Props) {
  const { t } = useTranslation();
  // Translated once per count, not at each change of the selection.
  const label = useMemo(() => t('filters.option', { name, count: count.actors }), [t, name, count.actors]);
  const title = useMemo(() => `${name}\n${countHint(t, count)}`, [t, name, count]);
  return (
    <button
      type="button"
      className={`fp-option${className ? ` ${className}` : ''}`}
      aria-pressed={selected}
      disabled={count.actors === 0 && !selected}
      aria-label={label}
      title={title}
      data-testid={testId}
      onClick={onToggle}
    >
      {icon}
      <span className="fp-option-name">{name}</span>
      <span className="fp-count" aria-hidden="true">
        {count.actors}
      </span>
    </button>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** "With this choice alone in this filter: 4 actors, 3 alliances". */
export function countHint(t: T, count: FacetCount): string {
  return t('filters.countHint', {
    actors: t('filters.actors', { count: count.actors }),
    alliances: t('filters.alliances', { count: count.alliances }),
  });
}
