import { useTranslation } from 'react-i18next';

interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Absent where the layout may not change (an embed is read-only). */
  onRearrange?: () => void;
  /** Shows or hides the timeline; absent when the file has no dated alliance. */
  onTimeline?: () => void;
  timelineOpen?: boolean;
  /** Switches the geographic arrangement on or off. */
  onArrange?: () => void;
  geographic?: boolean;
}

/** Zoom, fit and re-arrange buttons over the map. */
export function MapControls({
  onZoomIn,
  onZoomOut,
  onFit,
  onRearrange,
  onTimeline,
  timelineOpen = false,
  onArrange,
  geographic = false,
}: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-controls" role="toolbar" aria-label={t('controls.label')}>
      <button type="button" onClick={onZoomIn} aria-label={t('controls.zoomIn')} title={t('controls.zoomIn')}>
        +
      </button>
      <button type="button" onClick={onZoomOut} aria-label={t('controls.zoomOut')} title={t('controls.zoomOut')}>
        −
      </button>
      <button type="button" onClick={onFit} aria-label={t('controls.fit')} title={t('controls.fit')} data-testid="map-fit">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      {onRearrange && (
        <button
          type="button"
          onClick={onRearrange}
          aria-label={t('controls.rearrange')}
          title={t('controls.rearrange')}
          data-testid="map-rearrange"
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="4" cy="4" r="2.2" fill="currentColor" />
            <circle cx="12" cy="5" r="2.2" fill="currentColor" />
            <circle cx="7" cy="12" r="2.2" fill="currentColor" />
            <path d="M4 4l8 1M12 5l-5 7M4 4l3 8" stroke="currentColor" strokeWidth="1.2" />
          </svg>
        </button>
      )}
      {onArrange && (
        <button
          type="button"
          onClick={onArrange}
          aria-pressed={geographic}
          aria-label={t('insight.geo.button')}
          title={t('insight.geo.buttonTitle')}
          data-testid="map-geo"
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M6 1.5l3 1.2 2.6-.4 1.4 2.4-.6 2.6 1.6 2.2-1.6 3.2-3 .6L7 14.5 4.4 12.6 2 12l.4-3L1 6.6l2.4-1.2z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      )}
      {onTimeline && (
        <button
          type="button"
          onClick={onTimeline}
          aria-pressed={timelineOpen}
          aria-label={t('present.timeline.label')}
          title={t('present.timeline.label')}
          data-testid="map-timeline"
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
      )}
    </div>
  );
}
