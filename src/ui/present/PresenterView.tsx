import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import type { Story } from '../../model/types';
import { formatElapsed } from '../../present/format';
import { stepAfter, type PresentationAction } from '../../present/keys';
import { clampStep } from '../../present/stories';
import { usePresentationKeys } from '../../present/usePresentationKeys';
import { usePresenterWindowSync } from '../../present/usePresenterSync';
import './present.css';

interface Props {
  story: Story;
  /** 0-based. */
  stepIndex: number;
  lang: Lang;
  /** Asks for this 0-based step (in the presenter window: a `go` message to the shared window). */
  onStep: (index: number) => void;
}

/**
 * The presenter's second window: where we are, the current step's notes, the next step's
 * title, a timer (since this view opened, with a reset) and previous/next buttons. The shared
 * window shows only the map and the caption.
 */
export function PresenterView({ story, stepIndex, lang, onStep }: Props) {
  const { t } = useTranslation(undefined, { lng: lang });
  const count = story.steps.length;
  const index = clampStep(story, stepIndex);
  const step = story.steps[index];
  const next = story.steps[index + 1];
  return (
    <main className="presenter-view" data-testid="presenter-view" lang={lang}>
      <header className="presenter-head">
        <div>
          <h1>{t('present.presenter.title')}</h1>
          <p className="presenter-story">{story.title}</p>
        </div>
        <PresenterTimer label={t('present.presenter.timer')} resetLabel={t('present.presenter.reset')} />
      </header>
      <section className="presenter-current" aria-labelledby="presenter-step-title">
        <p className="presenter-progress" data-testid="presenter-progress">
          {t('present.progress', { step: index + 1, count })}
        </p>
        <h2 id="presenter-step-title" data-testid="presenter-title">
          {step?.title}
        </h2>
        {step?.caption && <p className="presenter-caption">{step.caption}</p>}
      </section>
      <section className="presenter-notes" aria-labelledby="presenter-notes-title">
        <h3 id="presenter-notes-title">{t('present.presenter.notes')}</h3>
        <p data-testid="presenter-notes" className={step?.notes ? undefined : 'presenter-muted'}>
          {step?.notes ?? t('present.presenter.noNotes')}
        </p>
      </section>
      <section className="presenter-next" aria-labelledby="presenter-next-title">
        <h3 id="presenter-next-title">{t('present.presenter.upNext')}</h3>
        <p data-testid="presenter-next-title" className={next ? undefined : 'presenter-muted'}>
          {next ? next.title : t('present.presenter.lastStep')}
        </p>
      </section>
      <nav className="presenter-nav" aria-label={t('present.region')}>
        <button type="button" data-testid="presenter-prev" disabled={index === 0} onClick={() => onStep(index - 1)}>
          <span aria-hidden="true">‹</span> {t('present.prev')}
        </button>
        <button type="button" data-testid="presenter-next" disabled={index >= count - 1} onClick={() => onStep(index + 1)}>
          {t('present.next')} <span aria-hidden="true">›</span>
        </button>
      </nav>
    </main>
  );
}

/** Elapsed time since the view opened (or the last reset), `mm:ss`, ticking each second. */
function PresenterTimer({ label, resetLabel }: { label: string; resetLabel: string }) {
  const [elapsed, setElapsed] = useState(0);
  const [resets, setResets] = useState(0);
  const startedAt = useRef(0);
  useEffect(() => {
    startedAt.current = Date.now();
    const timer = window.setInterval(() => setElapsed(Date.now() - startedAt.current), 1000);
    return () => window.clearInterval(timer);
  }, [resets]);
  return (
    <div className="presenter-timer" role="timer" aria-label={label}>
      <span className="presenter-timer-value" data-testid="presenter-timer">
        {formatElapsed(elapsed)}
      </span>
      <button
        type="button"
        data-testid="presenter-timer-reset"
        onClick={() => {
          setElapsed(0);
          setResets((value) => value + 1);
        }}
      >
        {resetLabel}
      </button>
    </div>
  );
}

interface WaitingProps {
  lang: Lang;
  /** True once the shared window said the presentation ended. */
  ended?: boolean;
  /** True when this window was not opened by the shared window's button (no pairing token). */
  unpaired?: boolean;
}

/** The presenter window before the shared window has answered, or after it stopped presenting. */
export function PresenterWaiting({ lang, ended = false, unpaired = false }: WaitingProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  return (
    <main className="presenter-view presenter-waiting" data-testid="presenter-view" lang={lang}>
      <h1>{t('present.presenter.title')}</h1>
      <p role="status">
        {unpaired ? t('present.presenter.unpaired') : ended ? t('present.presenter.ended') : t('present.presenter.waiting')}
      </p>
    </main>
  );
}

interface WindowProps {
  lang: Lang;
  /** The data file's stories, used when the shared window's message does not carry the story. */
  stories?: readonly Story[];
  /** The pairing token of this window's address (`#presenter=TOKEN`); null: not opened by the shared window. */
  token: string | null;
}

/**
 * The whole presenter window (the app opened with `#presenter=TOKEN`): follows the shared window
 * through the presenter channel, drives it with its buttons and with the presentation keys
 * (arrows, Space, PageUp/PageDown, Home/End), and waits while nothing is presented. Without a
 * token it hears and sends nothing, and says how to open it.
 */
export function PresenterWindow({ lang, stories, token }: WindowProps) {
  if (token === null) return <PresenterWaiting lang={lang} unpaired />;
  return <PairedPresenterWindow lang={lang} stories={stories} token={token} />;
}

function PairedPresenterWindow({ lang, stories, token }: WindowProps & { token: string }) {
  const follow = usePresenterWindowSync(token, stories);
  const { story, stepIndex, live, go } = follow;
  const onAction = useCallback(
    (action: PresentationAction) => {
      if (!story) return;
      const next = stepAfter(action, stepIndex, story.steps.length);
      if (next !== null) go(next);
    },
    [story, stepIndex, go],
  );
  usePresentationKeys({ presenting: true, onAction, enabled: live && story !== null });
  if (!story || !live) return <PresenterWaiting lang={lang} ended={follow.storyId !== null} />;
  return <PresenterView story={story} stepIndex={stepIndex} lang={lang} onStep={go} />;
}
