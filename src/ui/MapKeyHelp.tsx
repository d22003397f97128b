import { startTransition, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { inTasks } from '../app/inTasks';
import { useAfterNextFrame } from '../app/useAfterNextFrame';
import { useTranslation } from 'react-i18next';
import { visiblePartners } from '../map/neighbourKeys';
import type { Appearance } from '../view/appearance';
import { countVisibleDegrees, leadersOf, type ConnectedActor, type Degrees } from '../view/mostConnected';
import type { Visibility } from '../view/types';

interface Props {
  /** The id of the keys' description, which the map names in aria-describedby. */
  id: string;
  appearance: Appearance;
  visibility: Visibility;
  selectedId: string | null;
  /** Counts the arrow keys that found no partner that way. */
  misses: number;
}

/** Most connected actors named in the map's text alternative. */
const HUBS_NAMED = 3;

/** Alliances counted per task while the map's most connected actors are found. */
const ALLIANCES_PER_SLICE = 25_000;

/** What the map draws, in words: the counts, the most connected actors, and where the full list is. */
function drawnSummary(appearance: Appearance, visibility: Visibility, leaders: ConnectedActor[], t: TFunction): string {
  const hubs = leaders.map(({ label, degree }) => t('map.drawn.hub', { label, count: degree }));
  const counts = t('map.drawn.counts', {
    actors: visibility.visibleNodeIds.size,
    actorTotal: appearance.actors.length,
    alliances: visibility.visibleEdgeIds.size,
    allianceTotal: appearance.alliances.length,
  });
  const hubText = hubs.length > 0 ? ` ${t('map.drawn.hubs', { list: hubs.join(', ') })}` : '';
  return `${counts}${hubText} ${t('map.drawn.table')}`;
}

/**
 * The map's summary in words, once per view and after the map has drawn it (a filter on a large
 * map shows on the map first). Its alliances are counted in tasks of their own, a slice each, not
 * in a render: at 50,000 actors the whole count held the page about 70 ms in one go.
 */
function useDrawnSummary(appearance: Appearance, visibility: Visibility, t: TFunction): string {
  const view = useAfterNextFrame(useMemo(() => ({ appearance, visibility }), [appearance, visibility]));
  const [summary, setSummary] = useState('');
  useEffect(() => {
    if (!view) return undefined;
    const { appearance: drawnAppearance, visibility: drawnVisibility } = view;
    const degrees: Degrees = new Map();
    return inTasks(
      Math.ceil(drawnAppearance.alliances.length / ALLIANCES_PER_SLICE),
      (slice) =>
        countVisibleDegrees(drawnAppearance, drawnVisibility, degrees, slice * ALLIANCES_PER_SLICE, (slice + 1) * ALLIANCES_PER_SLICE),
      () => {
        const leaders = leadersOf(drawnAppearance, drawnVisibility, degrees, HUBS_NAMED);
        const text = drawnSummary(drawnAppearance, drawnVisibility, leaders, t);
        startTransition(() => setSummary(text));
      },
    );
  }, [view, t]);
  return summary;
}

const isMapFocused = () => document.activeElement?.classList.contains('map-canvas') ?? false;

/**
 * For screen readers: how the map's keys work (the map's description), and, politely, what they
 * just did: the actor chosen on the map and its partners, or that none lies that way. An actor
 * chosen elsewhere (search, the partner list) is announced by its panel taking the focus.
 */
export function MapKeyHelp({ id, appearance, visibility, selectedId, misses }: Props) {
  const { t } = useTranslation();
  const drawn = useDrawnSummary(appearance, visibility, t);
  const live = useRef<HTMLParagraphElement>(null);
  const labelOf = (actor: string) => appearance.actors.find((candidate) => candidate.id === actor)?.label ?? actor;
  const say = (text: string) => {
    if (live.current) live.current.textContent = text;
  };

  const sayChosen = useEffectEvent(() => {
    if (!isMapFocused()) return;
    const count = selectedId ? visiblePartners(appearance, visibility, selectedId).length : 0;
    say(selectedId ? t('map.keys.selected', { label: labelOf(selectedId), count }) : '');
  });
  const sayMissed = useEffectEvent(() => {
    // A changing text, so that pressing the same arrow twice is said twice.
    if (selectedId) say(`${t('map.keys.noPartner', { label: labelOf(selectedId) })}${misses % 2 === 0 ? '' : '\u00a0'}`);
  });
  // The live region's text is written here, not rendered: it changes only when the map's keys act.
  useEffect(() => sayChosen(), [selectedId]);
  useEffect(() => {
    if (misses !== 0) sayMissed();
  }, [misses]);

  return (
    <>
      <p id={id} className="visually-hidden">
        {drawn} {t('map.keys.help')}
      </p>
      <p ref={live} className="visually-hidden" aria-live="polite" data-testid="map-announcement" />
    </>
  );
}
