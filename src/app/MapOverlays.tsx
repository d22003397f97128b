import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hasActiveFilters } from '../filters';
import { FocusBar } from '../ui/FocusBar';
import type { ViewState } from '../url-state';
import { clearFilters, exitFocus, setFocusDepth, type Producer } from './producers';
import type { usePresentation } from './usePresentation';

const PresentationOverlay = lazy(() =>
  import('../ui/present/PresentationOverlay').then((module) => ({ default: module.PresentationOverlay })),
);

interface Props {
  state: ViewState;
  update: (producer: Producer) => void;
  presentation: ReturnType<typeof usePresentation>;
  /** The focused actor's name, when the map is focused on one. */
  focusLabel: string | null;
  nothingVisible: boolean;
}

/** What sits over the map for the moment: the presentation card, the focus bar, the empty-map notice. */
export function MapOverlays({ state, update, presentation, focusLabel, nothingVisible }: Props) {
  const { t } = useTranslation();
  const { active, autoplay } = presentation;
  return (
    <>
      {active && (
        <Suspense fallback={null}>
          <PresentationOverlay
            story={active.story}
            stepIndex={active.index}
            lang={state.lang}
            onStep={(index) => presentation.go(active.story, index)}
            onExit={presentation.exit}
            autoplay={state.present.autoplay}
            autoplayPaused={autoplay.paused}
            onAutoplayToggle={autoplay.paused ? autoplay.resume : autoplay.pause}
          />
        </Suspense>
      )}
      {focusLabel && (
        <FocusBar
          label={focusLabel}
          depth={state.focus.depth}
          onDepth={(depth) => update(setFocusDepth(depth))}
          onExit={() => update(exitFocus)}
        />
      )}
      {nothingVisible && (
        <div className="map-empty" role="status">
          <p>{t('map.empty')}</p>
          {hasActiveFilters(state.filters) && (
            <button type="button" onClick={() => update(clearFilters)}>
              {t('map.clearFilters')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
