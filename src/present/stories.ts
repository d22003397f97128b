// Stories: ordered steps, each a saved view (docs/data-format.md, `stories`). Pure
// functions over plain data; the editor and the presentation mode call them, never mutate.
import type { Story, StoryStep } from '../model/types';
import {
  applySavedView,
  defaultViewState,
  mergeViewState,
  parseViewState,
  serializeViewState,
  VIEW_CONCERNS,
  type PresentState,
  type ViewState,
} from '../url-state';

/** The story with this id, or null. */
export function storyById(stories: readonly Story[] | undefined, id: string | null | undefined): Story | null {
  if (!stories || id === null || id === undefined) return null;
  return stories.find((story) => story.id === id) ?? null;
}

/** A 0-based step index brought within the story (0 for an empty story or a non-number). */
export function clampStep(story: Story, index: number): number {
  const last = story.steps.length - 1;
  if (last < 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), last);
}

/**
 * The story and 0-based step a `present` state points at: the story named by `story`, or the
 * first story when none is named; the URL's 1-based `step` clamped to the story. Null when the
 * file has no story with steps (presentation mode then shows the map alone, without a card).
 */
export function activeStory(stories: readonly Story[] | undefined, present: PresentState): { story: Story; index: number } | null {
  const story = present.story === null ? (stories?.[0] ?? null) : storyById(stories, present.story);
  if (!story || story.steps.length === 0) return null;
  return { story, index: clampStep(story, present.step - 1) };
}

/**
 * The view of a step applied to the current state: the step's filters, focus, search and camera
 * replace the current ones (absent = default); data, language, renderer, embed and presentation
 * stay. Items of the step's view that are not understood are left out.
 */
export function stepViewState(current: ViewState, step: StoryStep): ViewState {
  return applySavedView(current, step.view).state;
}

/**
 * Going to a step of a story: the step's view applied (stepViewState) and the presentation
 * parameters (`story`, 1-based `step`) set, so the URL names the step.
 */
export function gotoStep(current: ViewState, story: Story, index: number): ViewState {
  const at = clampStep(story, index);
  const step = story.steps[at];
  const viewed = step ? stepViewState(current, step) : current;
  return { ...viewed, present: { ...current.present, story: story.id, step: at + 1 } };
}

/**
 * The query string of the saved-view part of a state (filters, focus, q, camera), with data,
 * language, renderer, embed and presentation at their defaults: what a step's `view` holds.
 */
export function captureView(state: ViewState): string {
  return serializeViewState(mergeViewState(defaultViewState(), state, VIEW_CONCERNS));
}

/** A query string reduced to its saved-view part (drops data, lang, present…), canonical. */
export function viewOnly(query: string): string {
  return captureView(parseViewState(query).state);
}

/** A step of the current view. An empty caption is left out. */
export function captureStep(state: ViewState, title: string, caption?: string): StoryStep {
  const step: StoryStep = { title, view: captureView(state) };
  if (caption !== undefined && caption.trim() !== '') step.caption = caption;
  return step;
}

function withSteps(story: Story, steps: StoryStep[]): Story {
  return { ...story, steps };
}

/** The step at `from` moved to `to` (clamped); the story unchanged when `from` is out of range. */
export function moveStep(story: Story, from: number, to: number): Story {
  if (!Number.isInteger(from) || from < 0 || from >= story.steps.length) return story;
  const target = clampStep(story, to);
  if (target === from) return story;
  const steps = [...story.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(target, 0, moved!);
  return withSteps(story, steps);
}

/**
 * A step's fields changed. `caption` or `notes` set to empty text are removed from the step
 * (the file stays tidy); the title and view are kept as given.
 */
export function updateStep(story: Story, index: number, patch: Partial<StoryStep>): Story {
  const step = story.steps[index];
  if (!step) return story;
  const next: StoryStep = { ...step, ...patch };
  if (next.caption === undefined || next.caption === '') delete next.caption;
  if (next.notes === undefined || next.notes === '') delete next.notes;
  const steps = [...story.steps];
  steps[index] = next;
  return withSteps(story, steps);
}

export function deleteStep(story: Story, index: number): Story {
  if (!Number.isInteger(index) || index < 0 || index >= story.steps.length) return story;
  return withSteps(
    story,
    story.steps.filter((_step, at) => at !== index),
  );
}

/** A step added at `at` (0-based, clamped), by default at the end. */
export function addStep(story: Story, step: StoryStep, at: number = story.steps.length): Story {
  const position = Math.min(Math.max(Math.trunc(Number.isFinite(at) ? at : story.steps.length), 0), story.steps.length);
  const steps = [...story.steps];
  steps.splice(position, 0, step);
  return withSteps(story, steps);
}

/** Lower-case kebab-case of any text, accents removed (`Été 2021 : bilan` → `ete-2021-bilan`). */
export function kebabCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** A kebab-case id from the title, unique among `existingIds` (`-2`, `-3`… added when taken). */
export function uniqueStoryId(title: string, existingIds: Iterable<string>): string {
  const taken = new Set(existingIds);
  const base = kebabCase(title) || 'story';
  if (!taken.has(base)) return base;
  let counter = 2;
  while (taken.has(`${base}-${counter}`)) counter += 1;
  return `${base}-${counter}`;
}

/**
 * A new story. A data file needs at least one step per story (its schema says so): pass the
 * first step, or add one before exporting.
 */
export function newStory(title: string, existingIds: Iterable<string>, firstStep?: StoryStep): Story {
  return { id: uniqueStoryId(title, existingIds), title, steps: firstStep ? [firstStep] : [] };
}

/** The list with the story of the same id replaced (or appended when new). */
export function replaceStory(stories: readonly Story[], story: Story): Story[] {
  const at = stories.findIndex((candidate) => candidate.id === story.id);
  if (at === -1) return [...stories, story];
  const next = [...stories];
  next[at] = story;
  return next;
}

export function removeStory(stories: readonly Story[], id: string): Story[] {
  return stories.filter((story) => story.id !== id);
}

/** Stories that can be written to a data file: those with at least one step. */
export function exportableStories(stories: readonly Story[]): Story[] {
  return stories.filter((story) => story.steps.length > 0);
}
