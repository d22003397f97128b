import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scopeByCode } from '../../domain/regions';
import type { Lang } from '../../domain/types';
import type { FacetCount } from '../../filters/facets';
import { FRANCE_REGIONS_MAP, type MapRegion } from '../../regions-map/franceRegions';

interface Props {
  selected: ReadonlySet<string>;
  counts: Map<string, FacetCount>;
  lang: Lang;
  onToggle: (code: string) => void;
}

const NONE: FacetCount = { actors: 0, alliances: 0 };

// Each region is a <g role="button"> of its department paths, drawn twice: a stroke-only layer
// under a fill layer. The fill covers the inner half of every stroke, so only the region's
// outline shows and department borders disappear. The hovered and the focused region are drawn
// once more on top, with a stronger outline that no neighbour can cover.

function RegionPaths({ region }: { region: MapRegion }) {
  return (
    <>
      <g className="fp-map-outline">
        {region.departments.map((department) => (
          <path key={department.id} d={department.path} />
        ))}
      </g>
      <g className="fp-map-fill">
        {region.departments.map((department) => (
          <path key={department.id} d={department.path} />
        ))}
      </g>
    </>
  );
}

function isFocusVisible(event: FocusEvent<Element>): boolean {
  try {
    return event.currentTarget.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** The clickable map of metropolitan France, one toggle per region. */
export function RegionMap({ selected, counts, lang, onToggle }: Props) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const states = FRANCE_REGIONS_MAP.regions.map((region) => {
    const count = counts.get(region.code) ?? NONE;
    const isSelected = selected.has(region.code);
    const disabled = count.actors === 0 && !isSelected;
    const name = scopeByCode(region.code)?.[lang] ?? region.code;
    const className = `fp-map-region${isSelected ? ' is-selected' : ''}${disabled ? ' is-disabled' : ''}`;
    return { region, count, isSelected, disabled, name, className };
  });
  const overlay = (code: string | null, kind: 'hover' | 'focus') => {
    const state = states.find((candidate) => candidate.region.code === code);
    if (!state || (kind === 'hover' && state.disabled)) return null;
    return (
      <g className={`${state.className} fp-map-overlay fp-map-overlay-${kind}`} aria-hidden="true" pointerEvents="none">
        <RegionPaths region={state.region} />
      </g>
    );
  };

  return (
    <svg
      className="fp-map"
      viewBox={FRANCE_REGIONS_MAP.viewBox}
      role="group"
      aria-label={t('filters.region.map')}
      data-testid="filter-region-map"
    >
      {states.map(({ region, count, isSelected, disabled, name, className }) => {
        const label = t('filters.option', { name, count: count.actors });
        const toggle = () => {
          if (!disabled) onToggle(region.code);
        };
        return (
          <g
            key={region.code}
            className={className}
            role="button"
            tabIndex={disabled ? -1 : 0}
            aria-pressed={isSelected}
            aria-disabled={disabled || undefined}
            aria-label={label}
            data-testid={`filter-region-${region.code}`}
            onClick={toggle}
            onKeyDown={(event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                toggle();
              }
            }}
            onMouseEnter={() => setHovered(region.code)}
            onMouseLeave={() => setHovered((current) => (current === region.code ? null : current))}
            onFocus={(event) => setFocused(isFocusVisible(event) ? region.code : null)}
            onBlur={() => setFocused((current) => (current === region.code ? null : current))}
          >
            <title>{label}</title>
            <RegionPaths region={region} />
          </g>
        );
      })}
      {overlay(hovered, 'hover')}
      {overlay(focused, 'focus')}
      <g className="fp-map-labels" aria-hidden="true" pointerEvents="none">
        {states
          .filter((state) => state.count.actors > 0 || state.isSelected)
          .map(({ region, count, isSelected }) => (
            <text key={region.code} x={region.label.x} y={region.label.y} className={isSelected ? 'is-selected' : undefined}>
              {count.actors}
            </text>
          ))}
      </g>
    </svg>
  );
}
