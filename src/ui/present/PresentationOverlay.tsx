import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import type { Story } from '../../model/types';
import { clampStep } from '../../present/stories';
import type { AutoplayPause } from '../../present/useAutoplay';
import './present.css';

interface Props {
  story: Story;
  /** 0-based. */
  stepIndex: number;
  lang: Lang;
  /** Go to this 0-based step. */
  onStep: (index: number) => void;
  onExit: () => void;
  /** Seconds per step when the story plays by itself (`autoplay=`), else null. */
  autoplay: number | null;
  /** Why autoplay is paused (useAutoplay().paused); shown beside the autoplay line. */
  autoplayPaused?: AutoplayPause;
  /** Pauses or resumes autoplay; without it, no button. */
  onAutoplayToggle?: () => void;
}

/** Above this many steps the dots would not fit a small tile: the text alone says where we are. */
const MAX_DOTS = 12;

/**
 * The story told over the map: a caption card docked bottom-left with the step title, the
 * caption, the progress "Étape 3 sur 7" with dots, previous/next buttons and an exit button.
 * Sized for a shared screen seen in a small video tile (see present.css). The text fades in on
 * each step, unless the system asks for reduced motion.
 */
export function PresentationOverlay({ story, stepIndex, lang, onStep, onExit, autoplay, autoplayPaused = null, onAutoplayToggle }: Props) {
  const { t } = useTranslation(undefined, { lng: lang });
  const count = story.steps.length;
  const index = clampStep(story, stepIndex);
  const step = story.steps[index];
  if (!step) return null;
  const isFirst = index === 0;
  const isLast = index === count - 1;
  return (
    <div className="present-overlay" data-testid="present-overlay" role="region" aria-label={t('present.region')}>
      {/* Marked for the map's framing: it covers the left of the map (or, on a small window, its bottom). */}
      <article className="present-card" aria-labelledby="present-title" data-map-inset="left">
        <p className="present-story" title={story.title}>
          {story.title}
        </p>
        <div className="present-text-live" aria-live="polite">
          {/* Keyed by step: a new step mounts a new block, which fades in. */}
          <div className="present-text" key={`${story.id}:${index}`}>
            <h2 className="present-title" id="present-title" data-testid="present-title">
              {step.title}
            </h2>
            <p className="present-caption" data-testid="present-caption">
              {step.caption ?? ''}
            </p>
          </div>
        </div>
        <nav className="present-nav" aria-label={t('present.region')}>
          <button
            type="button"
            className="present-prev"
            data-testid="present-prev"
            aria-label={t('present.prevLabel')}
            title={t('present.prevLabel')}
            disabled={isFirst}
            onClick={() => onStep(index - 1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <div className="present-progress" data-testid="present-progress">
            <span className="present-progress-text">{t('present.progress', { step: index + 1, count })}</span>
            {count > 1 && count <= MAX_DOTS && (
              <ol className="present-dots">
                {story.steps.map((candidate, at) => (
                  <li key={at}>
                    <button
                      type="button"
                      className="present-dot"
                      aria-label={t('present.goTo', { step: at + 1 })}
                      title={candidate.title}
                      aria-current={at === index ? 'step' : undefined}
                      onClick={() => onStep(at)}
                    />
                  </li>
                ))}
              </ol>
            )}
          </div>
          <button
            type="button"
            className="present-next"
            data-testid="present-next"
            aria-label={t('present.nextLabel')}
            title={t('present.nextLabel')}
            disabled={isLast}
            onClick={() => onStep(index + 1)}
          >
            <span aria-hidden="true">›</span>
          </button>
          <button
            type="button"
            className="present-exit"
            data-testid="present-exit"
            aria-label={t('present.exitLabel')}
            title={t('present.exitLabel')}
            onClick={onExit}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </nav>
        {autoplay !== null && (
          <p className="present-autoplay" data-testid="present-autoplay">
            <span>{autoplayPaused ? t('present.autoplayPaused') : t('present.autoplay', { seconds: autoplay })}</span>
            {onAutoplayToggle && (
              <button type="button" onClick={onAutoplayToggle} aria-label={autoplayPaused ? t('present.resume') : t('present.pause')}>
                <span aria-hidden="true">{autoplayPaused ? '▶' : '❚❚'}</span>
              </button>
            )}
          </p>
        )}
      </article>
    </div>
  );
}
