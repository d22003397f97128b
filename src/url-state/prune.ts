import { BUILT_IN_KINDS } from '../domain/kinds';
import type { Filters } from '../filters/types';
import type { AllianceGraph } from '../model/graph';
import type { Dropped, Parsed } from './types';
import type { ViewState } from './viewState';

/** Kinds a filter may name for this graph: built-in ones, `meta.kinds` keys, and kinds in use. */
export function knownKinds(graph: AllianceGraph): Set<string> {
  const kinds = new Set<string>(BUILT_IN_KINDS);
  for (const kind of Object.keys(graph.getAttributes().kinds ?? {})) kinds.add(kind);
  graph.forEachNode((_id, actor) => {
    kinds.add(actor.kind);
  });
  return kinds;
}

/** Drops the kinds the graph does not know, reporting them as the URL parse does. */
export function pruneFiltersToGraph(filters: Filters, graph: AllianceGraph): Parsed<Filters> {
  const known = knownKinds(graph);
  const dropped: Dropped[] = filters.kind.filter((kind) => !known.has(kind)).map((kind) => ({ param: 'kind', value: kind }));
  if (dropped.length === 0) return { value: filters, dropped };
  return { value: { ...filters, kind: filters.kind.filter((kind) => known.has(kind)) }, dropped };
}

/** What pruneToGraph needs to know of the data file's stories. */
export interface StoryOutline {
  id: string;
  steps: readonly unknown[];
}

/**
 * The second step after parseViewState, once the data is loaded: drops unknown kinds, a focus
 * on an actor the graph lacks (depth kept) and, when `stories` is given, an unknown story (its
 * step back to 1) or a step beyond the story's last.
 */
export function pruneToGraph(
  state: ViewState,
  graph: AllianceGraph,
  stories?: readonly StoryOutline[],
): { state: ViewState; dropped: Dropped[] } {
  const filters = pruneFiltersToGraph(state.filters, graph);
  const dropped = [...filters.dropped];
  let { focus, present } = state;
  if (focus.id !== null && !graph.hasNode(focus.id)) {
    dropped.push({ param: 'focus', value: focus.id });
    focus = { ...focus, id: null };
  }
  if (stories !== undefined && present.story !== null) {
    const storyId = present.story;
    const story = stories.find((candidate) => candidate.id === storyId);
    if (story === undefined) {
      dropped.push({ param: 'story', value: storyId });
      if (present.step !== 1) dropped.push({ param: 'step', value: String(present.step) });
      present = { ...present, story: null, step: 1 };
    } else if (present.step > story.steps.length) {
      dropped.push({ param: 'step', value: String(present.step) });
      present = { ...present, step: 1 };
    }
  }
  return { state: { ...state, filters: filters.value, focus, present }, dropped };
}
