import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measures } from '../insight/measures';
import { COLOUR_BYS, MEASURE_SCOPES, type InsightState } from '../url-state';
import { communityColour } from '../view/colourBy';
import { SIZE_MEASURES, type SizeMeasure } from '../view/sizeMeasures';

/** Communities listed in the legend; the others are counted in one line. */
const COMMUNITIES_LISTED = 6;

interface Props {
  insight: InsightState;
  onInsight: (patch: Partial<InsightState>) => void;
  measures: Measures | null;
  measuring: boolean;
}

/** What sizes and colours show, each explained in one sentence, and where the measures are taken. */
export function LegendReading({ insight, onInsight, measures, measuring }: Props) {
  const { t } = useTranslation();
  const communities = useMemo(() => {
    const sizes = new Map<number, number>();
    for (const row of measures?.byActor.values() ?? []) sizes.set(row.community, (sizes.get(row.community) ?? 0) + 1);
    return [...sizes.entries()].sort(([a], [b]) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
  }, [measures]);
  const byCommunity = insight.colour === 'community';
  const listed = communities.filter(([number]) => number > 0).slice(0, COMMUNITIES_LISTED);
  const unlisted = communities.filter(([number]) => number > COMMUNITIES_LISTED).length;
  const alone = communities.find(([number]) => number === 0)?.[1] ?? 0;

  return (
    <div className="legend-reading">
      <label className="legend-note legend-size">
        {t('legend.sizeBy')}
        <select
          value={insight.size}
          onChange={(event) => onInsight({ size: event.target.value as SizeMeasure })}
          data-testid="legend-size-by"
        >
          {SIZE_MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {t(`legend.measure.${measure}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="legend-explain" data-testid="legend-size-explain">
        {t(`legend.explain.${insight.size}`)}
      </p>
      <label className="legend-note legend-size">
        {t('legend.colourBy')}
        <select
          value={insight.colour}
          onChange={(event) => onInsight({ colour: event.target.value as InsightState['colour'] })}
          data-testid="legend-colour-by"
        >
          {COLOUR_BYS.map((colour) => (
            <option key={colour} value={colour}>
              {t(`legend.colour.${colour}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="legend-explain">{t(`legend.explain.${insight.colour}`)}</p>
      {byCommunity && measures && (
        <ul className="legend-communities" data-testid="legend-communities">
          {listed.map(([number, count]) => (
            <li key={number}>
              <span className="legend-swatch" style={{ background: communityColour(number) }} aria-hidden="true" />
              {t('legend.community', { number })} · {t('legend.communitySize', { count })}
            </li>
          ))}
          {unlisted > 0 && <li>{t('legend.moreCommunities', { count: unlisted })}</li>}
          {alone > 0 && (
            <li>
              <span className="legend-swatch" style={{ background: communityColour(0) }} aria-hidden="true" />
              {t('legend.noCommunity')} · {t('legend.communitySize', { count: alone })}
            </li>
          )}
        </ul>
      )}
      <label className="legend-note legend-size">
        {t('legend.scope')}
        <select
          value={insight.measures}
          onChange={(event) => onInsight({ measures: event.target.value as InsightState['measures'] })}
          data-testid="legend-scope"
        >
          {MEASURE_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {t(scope === 'all' ? 'legend.scopeAll' : 'legend.scopeView')}
            </option>
          ))}
        </select>
      </label>
      {measuring && (
        <p className="legend-note" role="status">
          {t('legend.measuring')}
        </p>
      )}
    </div>
  );
}
