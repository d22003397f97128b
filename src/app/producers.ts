// The view-state changes the app's controls make, as pure functions of the current state
// (gephi-lite's "producers"): the shell wraps them as actions; tests call them directly.
import type { Command } from '../embed/protocol';
import { emptyFilters, type FocusDepth } from '../filters';
import type { AllianceGraph } from '../model/graph';
import { pruneFiltersToGraph, type Dropped, type EmbedPanel, type ViewState } from '../url-state';

export type Producer = (current: ViewState) => ViewState;

/** Focus the map on an actor at the current depth; the camera frames the focus afresh. */
export const focusOn =
  (id: string): Producer =>
  (current) => ({ ...current, focus: { id, depth: current.focus.depth }, camera: null });

export const setFocusDepth =
  (depth: FocusDepth): Producer =>
  (current) => ({ ...current, focus: { ...current.focus, depth } });

export const exitFocus: Producer = (current) => ({ ...current, focus: { id: null, depth: 1 }, camera: null });

export const clearFilters: Producer = (current) => ({ ...current, filters: emptyFilters() });

/** The SDG chosen in the search box joins the SDG filter. */
export const addSdgFilter =
  (sdg: number): Producer =>
  (current) =>
    current.filters.sdg.includes(sdg) ? current : { ...current, filters: { ...current.filters, sdg: [...current.filters.sdg, sdg] } };

/**
 * What a host page's command does to the view (docs/embed.md, "Commands to the map"): filters
 * naming kinds this map lacks lose them (reported), a focus on an unknown actor is no focus.
 * `fit` and `get-state` change no view state.
 */
export function applyEmbedCommand(command: Command, graph: AllianceGraph): { producer: Producer | null; dropped: Dropped[] } {
  switch (command.type) {
    case 'set-filters': {
      const pruned = pruneFiltersToGraph(command.filters, graph);
      return { producer: (current) => ({ ...current, filters: pruned.value }), dropped: pruned.dropped };
    }
    case 'focus': {
      const id = command.id && graph.hasNode(command.id) ? command.id : null;
      return { producer: (current) => ({ ...current, focus: { id, depth: current.focus.depth }, camera: null }), dropped: [] };
    }
    default:
      return { producer: null, dropped: [] };
  }
}

export interface AppMode {
  embed: boolean;
  presenting: boolean;
  /** The panels shown: an embed shows those its snippet asks for (the legend by default); the full app, all. */
  panels: ReadonlySet<EmbedPanel>;
  /** Editing and arranging controls (re-arrange, timeline, layout progress, drop zone): not in an embed. */
  editing: boolean;
}

/** The mode the view state puts the app in, decided once for every component. */
export function appMode(state: ViewState): AppMode {
  const embed = state.embed.embed;
  return {
    embed,
    presenting: state.present.present && !embed,
    panels: new Set(embed ? (state.embed.panels ?? ['legend']) : ['legend', 'filters', 'search']),
    editing: !embed,
  };
}

/** The app root's classes: one per mode. */
export function modeClassName(mode: AppMode): string {
  return ['app', mode.embed ? 'is-embed' : '', mode.presenting ? 'is-presenting' : ''].filter(Boolean).join(' ');
}
