import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SDGS } from '../../domain/sdgs';
import type { Lang } from '../../domain/types';
import type { FacetCount } from '../../filters/facets';
import { textOn } from '../../view/contrast';
import { countHint } from './OptionToggle';
import { sameProps } from './sameProps';

interface Props {
  selected: readonly number[];
  counts: Map<number, FacetCount>;
  lang: Lang;
  onToggle: (sdg: number) => void;
}

const NONE: FacetCount = { actors: 0, alliances: 0 };

/** The 17 goals as toggles: our own badge (number on the official colour), name, count. */
export const SdgFilter = memo(function SdgFilter({ selected, counts, lang, onToggle }: Props) {
  const { t } = useTranslation();
  // The options change with the counts, not with the selection (translating their texts costs).
  const options = useMemo(
    () =>
      SDGS.map((sdg) => {
        const count = counts.get(sdg.number) ?? NONE;
        const name = sdg[lang];
        return {
          sdg,
          count,
          name,
          title: `${t('filters.sdg.badge', { number: sdg.number })} — ${name}\n${countHint(t, count)}`,
          label: t('filters.sdg.option', { number: sdg.number, name, count: count.actors }),
        };
      }),
    [counts, lang, t],
  );
  return (
    <div className="fp-sdg-grid">
      {options.map(({ sdg, count, name, title, label }) => {
        const isSelected = selected.includes(sdg.number);
        return (
          <button
            key={sdg.number}
            type="button"
            className="fp-sdg"
            aria-pressed={isSelected}
            disabled={count.actors === 0 && !isSelected}
            title={title}
            data-testid={`filter-sdg-${sdg.number}`}
            onClick={() => onToggle(sdg.number)}
          >
            <span className="fp-sdg-badge" style={{ backgroundColor: sdg.colour, color: textOn(sdg.colour) }} aria-hidden="true">
              {sdg.number}
            </span>
            <span className="fp-sdg-name" aria-hidden="true">
              {name}
            </span>
            <span className="visually-hidden">{label}</span>
            <span className="fp-count" aria-hidden="true">
              {count.actors}
            </span>
          </button>
        );
      })}
    </div>
  );
}, sameProps);
