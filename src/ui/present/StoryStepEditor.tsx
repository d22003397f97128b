import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import type { StoryStep } from '../../model/types';
import { InlineConfirm } from './InlineConfirm';

interface Props {
  step: StoryStep;
  /** 0-based. */
  index: number;
  isLast: boolean;
  lang: Lang;
  /** Its deletion waits for a confirmation. */
  confirmingDelete: boolean;
  onMove: (to: number, button: 'up' | 'down') => void;
  onPlay: () => void;
  onAskDelete: () => void;
  onDelete: () => void;
  onCancelDelete: () => void;
  onEdit: (patch: Partial<StoryStep>) => void;
  onTitleBlur: (title: string) => void;
}

/** One step of the story editor's list: move, present, delete, and its title, caption and notes. */
export function StoryStepEditor({
  step,
  index,
  isLast,
  lang,
  confirmingDelete,
  onMove,
  onPlay,
  onAskDelete,
  onDelete,
  onCancelDelete,
  onEdit,
  onTitleBlur,
}: Props) {
  const { t } = useTranslation(undefined, { lng: lang });
  const number = index + 1;
  return (
    <li className="story-step" data-testid={`story-step-${number}`}>
      <div className="story-step-head">
        <span className="story-step-number">{t('present.editor.stepLabel', { step: number })}</span>
        <span className="story-step-actions">
          <button
            type="button"
            data-testid={`story-step-up-${number}`}
            aria-label={t('present.editor.up', { step: number })}
            title={t('present.editor.up', { step: number })}
            disabled={index === 0}
            onClick={() => onMove(index - 1, 'up')}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            data-testid={`story-step-down-${number}`}
            aria-label={t('present.editor.down', { step: number })}
            title={t('present.editor.down', { step: number })}
            disabled={isLast}
            onClick={() => onMove(index + 1, 'down')}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            data-testid={`story-step-play-${number}`}
            aria-label={t('present.editor.play', { step: number })}
            title={t('present.editor.play', { step: number })}
            onClick={onPlay}
          >
            <span aria-hidden="true">▶</span>
          </button>
          <button
            type="button"
            className="story-danger"
            data-testid={`story-step-delete-${number}`}
            aria-label={t('present.editor.delete', { step: number })}
            title={t('present.editor.delete', { step: number })}
            aria-expanded={confirmingDelete}
            onClick={onAskDelete}
          >
            <TrashIcon />
          </button>
        </span>
      </div>
      {confirmingDelete && (
        <InlineConfirm
          text={t('present.editor.confirmDelete', { step: number, title: step.title })}
          confirmLabel={t('present.editor.confirm')}
          cancelLabel={t('present.editor.cancel')}
          testId={`story-step-delete-confirm-${number}`}
          onConfirm={onDelete}
          onCancel={onCancelDelete}
        />
      )}
      <label className="story-field">
        <span>{t('present.editor.stepTitle')}</span>
        <input
          type="text"
          value={step.title}
          onChange={(event) => onEdit({ title: event.target.value })}
          onBlur={(event) => onTitleBlur(event.target.value)}
        />
      </label>
      <label className="story-field">
        <span>{t('present.editor.caption')}</span>
        <textarea rows={3} value={step.caption ?? ''} onChange={(event) => onEdit({ caption: event.target.value })} />
      </label>
      <label className="story-field">
        <span>{t('present.editor.notes')}</span>
        <textarea rows={2} value={step.notes ?? ''} onChange={(event) => onEdit({ notes: event.target.value })} />
      </label>
      <p className="story-step-view">
        {t('present.editor.view', { view: step.view === '' ? t('present.editor.viewDefault') : step.view })}
      </p>
    </li>
  );
}

function TrashIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 4h10M6.5 4V2.5h3V4M4.5 4l.7 9.5h5.6l.7-9.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
