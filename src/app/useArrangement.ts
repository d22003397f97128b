import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/types';
import type { GeoArrangement } from '../layout/geo';
import type { AllianceGraph } from '../model/graph';
import type { Arrangement } from '../url-state';
import type { Positions } from '../view/types';

interface GeoState {
  graph: AllianceGraph;
  geo: GeoArrangement;
}

/**
 * The positions the map shows: the force layout's, or each actor in its region (arrange=geo,
 * computed on demand with the map of France behind). Drags in the geographic arrangement stay
 * there and leave the force layout's positions as they were.
 */
export function useArrangement(
  graph: AllianceGraph,
  lang: Lang,
  arrange: Arrangement,
  forcePositions: Positions,
  moveForce: (id: string, x: number, y: number) => void,
) {
  const { t } = useTranslation();
  const [state, setState] = useState<GeoState | null>(null);
  const [pins, setPins] = useState<{ graph: AllianceGraph; positions: Positions } | null>(null);
  const wanted = arrange === 'geo';

  useEffect(() => {
    if (!wanted) return undefined;
    let cancelled = false;
    void import('../layout/geo').then(({ geoArrangement }) => {
      const words = { national: t('insight.geo.national'), noRegion: t('insight.geo.noRegion') };
      if (!cancelled) setState({ graph, geo: geoArrangement(graph, lang, words) });
    });
    return () => {
      cancelled = true;
    };
  }, [graph, lang, wanted, t]);

  const geo = state?.graph === graph ? state.geo : null;
  const pinned = pins?.graph === graph ? pins.positions : null;
  const geoPositions = useMemo(() => (geo ? { ...geo.positions, ...pinned } : null), [geo, pinned]);
  const moveGeo = useCallback(
    (id: string, x: number, y: number) =>
      setPins((previous) => ({ graph, positions: { ...(previous?.graph === graph ? previous.positions : {}), [id]: { x, y } } })),
    [graph],
  );
  const inGeo = wanted && geo !== null && geoPositions !== null;
  return {
    positions: inGeo ? geoPositions : forcePositions,
    arrangement: inGeo ? ('geo' as const) : ('force' as const),
    backdrop: inGeo ? geo.backdrop : null,
    labelLeaders: inGeo ? geo.labelLeaders : null,
    moveNode: inGeo ? moveGeo : moveForce,
  };
}
