import { useEffect, useEffectEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { nextTimelineYear } from '../../present/timeline';
import './present.css';

interface Props {
  min: number;
  max: number;
  /** The year shown (alliances up to it), or null for all years (no timeline). */
  year: number | null;
  playing: boolean;
  /**
   * A new year (null: all years). `mode` says how the URL should record it, as the contract asks:
   * 'replace' for the slider and each year while playing (continuous), 'push' for "all years" and
   * the start of a play (discrete).
   */
  onYear: (year: number | null, mode: 'push' | 'replace') => void;
  onPlay: (playing: boolean) => void;
  lang: Lang;
}

/** How long each year stays on screen while the timeline plays. */
export const TIMELINE_STEP_MS = 1200;

/**
 * The ecosystem's growth year by year: a labelled year slider (arrow keys, Home/End, PageUp/Down
 * as any range input), play/pause (one year every 1.2 s from the first year, stopping at the
 * last), and "all years". The parent owns the year and whether it plays.
 */
export function TimelineControl({ min, max, year, playing, onYear, onPlay, lang }: Props) {
  const { t } = useTranslation(undefined, { lng: lang });
  const labelId = useId();
  // The next year while playing; null: the last year was shown, stop.
  const playOn = useEffectEvent((next: number | null) => {
    if (next === null) onPlay(false);
    else onYear(next, 'replace');
  });

  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setTimeout(() => playOn(nextTimelineYear(year, { min, max })), TIMELINE_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, min, max]);

  const togglePlay = () => {
    if (playing) {
      onPlay(false);
      return;
    }
    // From all years or the last year, play from the start.
    if (year === null || year >= max || year < min) onYear(min, 'push');
    onPlay(true);
  };

  const shown = year === null ? max : Math.min(Math.max(year, min), max);
  const yearText = year === null ? t('present.timeline.allYears') : t('present.timeline.yearValue', { year });
  return (
    <div
      className={playing ? 'timeline is-playing' : 'timeline'}
      data-testid="timeline"
      role="group"
      aria-labelledby={labelId}
      data-map-inset="top"
    >
      <span className="timeline-label" id={labelId}>
        {t('present.timeline.label')}
      </span>
      <button
        type="button"
        className="timeline-play"
        data-testid="timeline-play"
        aria-pressed={playing}
        aria-label={playing ? t('present.timeline.pause') : t('present.timeline.play')}
        title={playing ? t('present.timeline.pause') : t('present.timeline.play')}
        onClick={togglePlay}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <input
        type="range"
        className="timeline-slider"
        data-testid="timeline-year"
        min={min}
        max={max}
        step={1}
        value={shown}
        aria-label={t('present.timeline.year')}
        aria-valuetext={yearText}
        onChange={(event) => onYear(Number(event.target.value), 'replace')}
      />
      <output className="timeline-value" aria-live="off" data-testid="timeline-value">
        {year === null ? t('present.timeline.allYears') : year}
      </output>
      <button
        type="button"
        className="timeline-all"
        data-testid="timeline-all"
        disabled={year === null}
        onClick={() => onYear(null, 'push')}
      >
        {t('present.timeline.allYears')}
      </button>
    </div>
  );
}
