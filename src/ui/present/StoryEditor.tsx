import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import type { Story, StoryStep } from '../../model/types';
import { addStep, deleteStep, moveStep, newStory, removeStory, replaceStory, storyById, updateStep, viewOnly } from '../../present/stories';
import { InlineConfirm } from './InlineConfirm';
import { StoryStepEditor } from './StoryStepEditor';
import './present.css';

interface Props {
  stories: Story[];
  /** The current view's query string (captureView(state), or any query: reduced to its view part). */
  currentView: string;
  lang: Lang;
  onChange: (stories: Story[]) => void;
  /** Present this story from this 0-based step. */
  onPlay: (storyId: string, stepIndex: number) => void;
  onClose: () => void;
}

type Confirming = { kind: 'step'; index: number } | { kind: 'story' } | null;
type FocusRequest = { index: number; button: 'up' | 'down' } | { target: 'add' } | null;

/**
 * Writes stories: pick or create a story, add the current view as a step, edit each step's
 * title, caption and notes in place, reorder steps with up/down buttons, delete (after a
 * confirmation), and present from any step. Every change goes out through `onChange` as a new
 * list; the editor keeps no copy of the stories.
 */
export function StoryEditor({ stories, currentView, lang, onChange, onPlay, onClose }: Props) {
  const { t } = useTranslation(undefined, { lng: lang });
  const headingId = useId();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [stepTitle, setStepTitle] = useState('');
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest>(null);
  const rootRef = useRef<HTMLElement>(null);
  const addInputRef = useRef<HTMLInputElement>(null);

  const story = storyById(stories, selectedId) ?? stories[0] ?? null;
  const view = viewOnly(currentView);

  // After a move the focus follows the step (on the same button, or the other one at an end);
  // after a deletion it goes to the add-step field.
  useEffect(() => {
    if (focusRequest === null) return;
    if ('target' in focusRequest) {
      addInputRef.current?.focus();
      return;
    }
    const find = (button: 'up' | 'down') =>
      rootRef.current?.querySelector<HTMLButtonElement>(`[data-testid="story-step-${button}-${focusRequest.index + 1}"]`) ?? null;
    const wanted = find(focusRequest.button);
    const other = find(focusRequest.button === 'up' ? 'down' : 'up');
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusRequest]);

  const save = (next: Story) => onChange(replaceStory(stories, next));

  const createStory = (event: FormEvent) => {
    event.preventDefault();
    const title = newTitle.trim() || t('present.editor.newStoryDefault');
    const first: StoryStep = { title: t('present.editor.addStepDefault', { step: 1 }), view };
    const created = newStory(
      title,
      stories.map((candidate) => candidate.id),
      first,
    );
    onChange([...stories, created]);
    setSelectedId(created.id);
    setNewTitle('');
    setConfirming(null);
    setAnnouncement(t('present.editor.added', { step: 1 }));
  };

  const addCurrentView = (event: FormEvent) => {
    event.preventDefault();
    if (!story) return;
    const number = story.steps.length + 1;
    const title = stepTitle.trim() || t('present.editor.addStepDefault', { step: number });
    save(addStep(story, { title, view }));
    setStepTitle('');
    setAnnouncement(t('present.editor.added', { step: number }));
  };

  const move = (from: number, to: number, button: 'up' | 'down') => {
    if (!story) return;
    const moved = moveStep(story, from, to);
    if (moved === story) return;
    save(moved);
    setConfirming(null);
    setFocusRequest({ index: to, button });
    setAnnouncement(t('present.editor.moved', { step: to + 1 }));
  };

  const removeStep = (index: number) => {
    if (!story) return;
    save(deleteStep(story, index));
    setConfirming(null);
    setFocusRequest({ target: 'add' });
    setAnnouncement(t('present.editor.deleted'));
  };

  const removeSelectedStory = () => {
    if (!story) return;
    onChange(removeStory(stories, story.id));
    setSelectedId(null);
    setConfirming(null);
  };

  // An empty title would not validate in a data file: a left-empty title gets a default.
  const fillTitle = (index: number, title: string) => {
    if (story && title.trim() === '') save(updateStep(story, index, { title: t('present.editor.addStepDefault', { step: index + 1 }) }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (confirming) setConfirming(null);
    else onClose();
  };

  return (
    <section className="story-editor" data-testid="story-editor" aria-labelledby={headingId} ref={rootRef} onKeyDown={onKeyDown}>
      <header className="story-editor-head">
        <h2 id={headingId}>{t('present.editor.title')}</h2>
        <button
          type="button"
          className="story-editor-close"
          aria-label={t('present.editor.close')}
          title={t('present.editor.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </header>

      <div className="story-editor-body">
        {stories.length === 0 ? (
          <p className="story-editor-empty">{t('present.editor.noStory')}</p>
        ) : (
          <label className="story-field">
            <span>{t('present.editor.story')}</span>
            <select
              value={story?.id ?? ''}
              onChange={(event) => {
                setSelectedId(event.target.value);
                setConfirming(null);
              }}
            >
              {stories.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </label>
        )}

        <form className="story-inline-form" onSubmit={createStory}>
          <label className="story-field">
            <span>{t('present.editor.newStoryTitle')}</span>
            <input
              type="text"
              value={newTitle}
              placeholder={t('present.editor.newStoryDefault')}
              onChange={(event) => setNewTitle(event.target.value)}
            />
          </label>
          <button type="submit" data-testid="story-new">
            {t('present.editor.newStory')}
          </button>
        </form>

        {story && (
          <>
            <label className="story-field story-title-field">
              <span>{t('present.editor.storyTitle')}</span>
              <input
                type="text"
                value={story.title}
                onChange={(event) => save({ ...story, title: event.target.value })}
                onBlur={(event) => {
                  if (event.target.value.trim() === '') save({ ...story, title: t('present.editor.newStoryDefault') });
                }}
              />
            </label>

            <h3 className="story-steps-heading">{t('present.editor.steps')}</h3>
            {story.steps.length === 0 && <p className="story-editor-empty">{t('present.editor.noSteps')}</p>}
            <ol className="story-steps">
              {story.steps.map((step, index) => (
                <StoryStepEditor
                  key={index}
                  step={step}
                  index={index}
                  isLast={index === story.steps.length - 1}
                  lang={lang}
                  confirmingDelete={confirming?.kind === 'step' && confirming.index === index}
                  onMove={(to, button) => move(index, to, button)}
                  onPlay={() => onPlay(story.id, index)}
                  onAskDelete={() => setConfirming({ kind: 'step', index })}
                  onDelete={() => removeStep(index)}
                  onCancelDelete={() => setConfirming(null)}
                  onEdit={(patch) => save(updateStep(story, index, patch))}
                  onTitleBlur={(title) => fillTitle(index, title)}
                />
              ))}
            </ol>

            <form className="story-inline-form story-add" onSubmit={addCurrentView}>
              <label className="story-field">
                <span>{t('present.editor.addStepTitle')}</span>
                <input
                  ref={addInputRef}
                  type="text"
                  value={stepTitle}
                  placeholder={t('present.editor.addStepDefault', { step: story.steps.length + 1 })}
                  onChange={(event) => setStepTitle(event.target.value)}
                />
              </label>
              <button type="submit" className="story-primary" data-testid="story-add-step">
                {t('present.editor.addStep')}
              </button>
            </form>
            <p className="story-step-view">{t('present.editor.view', { view: view === '' ? t('present.editor.viewDefault') : view })}</p>

            <div className="story-editor-foot">
              {story.steps.length > 0 && (
                <button type="button" className="story-primary" data-testid="story-play" onClick={() => onPlay(story.id, 0)}>
                  <span aria-hidden="true">▶</span> {t('present.editor.playShort')}
                </button>
              )}
              <button
                type="button"
                className="story-danger"
                data-testid="story-delete"
                aria-expanded={confirming?.kind === 'story'}
                onClick={() => setConfirming({ kind: 'story' })}
              >
                {t('present.editor.deleteStory')}
              </button>
            </div>
            {confirming?.kind === 'story' && (
              <InlineConfirm
                text={t('present.editor.confirmDeleteStory', { title: story.title, count: story.steps.length })}
                confirmLabel={t('present.editor.confirm')}
                cancelLabel={t('present.editor.cancel')}
                testId="story-delete-confirm"
                onConfirm={removeSelectedStory}
                onCancel={() => setConfirming(null)}
              />
            )}
            <p className="story-editor-hint">{t('present.editor.exportHint')}</p>
          </>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
