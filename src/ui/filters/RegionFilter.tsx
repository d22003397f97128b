import { lazy, memo, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONAL, REGIONS, scopeByCode } from '../../domain/regions';
import type { Lang } from '../../domain/types';
import type { FacetCount } from '../../filters/facets';
import { NATIONAL_MODES, type NationalMode } from '../../filters/types';
import type { TranslationKey } from '../../i18n/keys';
import { whenMapDrawn } from '../../inspect/handle';
import { FRANCE_MAP_VIEW_BOX, OVERSEAS_REGION_CODES } from '../../regions-map/frame';
import { OptionToggle, countHint } from './OptionToggle';
import { sameProps } from './sameProps';

// The map's department paths (about 120 kB) are a chunk of their own, loaded once the panel shows
// it; meanwhile an empty frame of the same size keeps the panel from moving.
// It is requested once the map has drawn its first frame, which does not need it.
const RegionMap = lazy(() =>
  whenMapDrawn()
    .then(() => import('./RegionMap'))
    .then((module) => ({ default: module.RegionMap })),
);

interface Props {
  selected: readonly string[];
  national: NationalMode;
  counts: Map<string, FacetCount>;
  lang: Lang;
  onToggle: (code: string) => void;
  onNational: (mode: NationalMode) => void;
}

const NONE: FacetCount = { actors: 0, alliances: 0 };

const NATIONAL_KEYS: Record<NationalMode, TranslationKey> = {
  linked: 'filters.region.nationalLinked',
  all: 'filters.region.nationalAll',
  none: 'filters.region.nationalNone',
};

/** Region filter: the map, buttons for overseas regions, the full list, and the national switch. */
export const RegionFilter = memo(function RegionFilter({ selected, national, counts, lang, onToggle, onNational }: Props) {
  const { t } = useTranslation();
  const radioName = useId();
  const helpId = useId();
  const selectedSet = new Set(selected);
  const countOf = (code: string) => counts.get(code) ?? NONE;
  const nameOf = (code: string) => scopeByCode(code)?.[lang] ?? code;
  const listed = [...REGIONS].sort((a, b) => a[lang].localeCompare(b[lang], lang)).concat(NATIONAL);

  return (
    <div className="fp-region">
      <Suspense fallback={<svg className="fp-map" viewBox={FRANCE_MAP_VIEW_BOX} aria-hidden="true" />}>
        <RegionMap selected={selectedSet} counts={counts} lang={lang} onToggle={onToggle} />
      </Suspense>
      <div className="fp-region-buttons" role="group" aria-label={t('filters.region.other')}>
        {OVERSEAS_REGION_CODES.map((code) => (
          <OptionToggle
            key={code}
            className="fp-chip"
            testId={`filter-region-${code}`}
            name={nameOf(code)}
            count={countOf(code)}
            selected={selectedSet.has(code)}
            onToggle={() => onToggle(code)}
          />
        ))}
        <OptionToggle
          className="fp-chip fp-chip-national"
          testId={`filter-region-${NATIONAL.code}`}
          name={NATIONAL[lang]}
          count={countOf(NATIONAL.code)}
          selected={selectedSet.has(NATIONAL.code)}
          onToggle={() => onToggle(NATIONAL.code)}
        />
      </div>

      <fieldset className="fp-national" aria-describedby={helpId}>
        <legend>{t('filters.region.national')}</legend>
        <div className="fp-segmented">
          {NATIONAL_MODES.map((mode) => (
            <label key={mode} className={mode === national ? 'is-checked' : undefined}>
              <input
                type="radio"
                name={radioName}
                value={mode}
                checked={mode === national}
                onChange={() => onNational(mode)}
                data-testid={`filter-national-${mode}`}
              />
              <span>{t(NATIONAL_KEYS[mode])}</span>
            </label>
          ))}
        </div>
        <p className="fp-help" id={helpId}>
          {t('filters.region.nationalHelp')}
        </p>
      </fieldset>

      <details className="fp-region-list">
        <summary>{t('filters.region.list')}</summary>
        <ul>
          {listed.map((scope) => {
            const count = countOf(scope.code);
            const isSelected = selectedSet.has(scope.code);
            return (
              <li key={scope.code}>
                <label className={`fp-check${count.actors === 0 && !isSelected ? ' is-disabled' : ''}`} title={countHint(t, count)}>
                  <input
                    type="checkbox"
                    checked={isSelected}
                    disabled={count.actors === 0 && !isSelected}
                    onChange={() => onToggle(scope.code)}
                    data-testid={`filter-region-list-${scope.code}`}
                  />
                  <span className="fp-option-name">{scope.code === NATIONAL.code ? `${scope[lang]} (FR)` : scope[lang]}</span>
                  <span className="fp-count">{count.actors}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}, sameProps);
