// What each node and edge looks like right now in the WebGL mode: sigma's reducers, from the
// derived visibility (fade), the highlighted neighbourhood (hover or selection) and the selected
// actor. The graph is never rebuilt for these: only the reducers' output changes, and
// `changedItems` says which items sigma must redraw. What the filters hide is not the reducers'
// business: our programs leave it out from the visibility texture (visibilitySlots.ts).
import { THEME, type Theme } from '../../view/theme';
import type { DashedEdgeDisplayData } from './dashedEdgeProgram';
import { dashSlots } from './dashSlots';
import type { ShapeNodeDisplayData } from './nodeShapeProgram';
import type { SigmaEdgeAttributes, SigmaGraph, SigmaNodeAttributes } from './sigmaGraph';

export interface Highlight {
  centre: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What the map's theme gives every actor alike: kept out of each actor's attributes (see sigmaGraph.ts). */
export interface ActorLook {
  selectedBorderColor: string;
  /** The selection's border width in pixels at zoom 1 (divided by each actor's radius). */
  selectedBorderWidth: number;
  /** Opacity of a filtered-out (faded) and of a dimmed (not highlighted) actor. */
  fadedOpacity: number;
  dimOpacity: number;
}

export function actorLook(theme: Theme): ActorLook {
  return {
    selectedBorderColor: theme.selected.borderColour,
    selectedBorderWidth: theme.selected.borderWidth,
    fadedOpacity: theme.faded.opacity,
    dimOpacity: theme.dimmed.nodeOpacity,
  };
}

export interface DisplayState {
  look: ActorLook;
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  filtered: 'hide' | 'fade';
  highlight: Highlight | null;
  selectedId: string | null;
  /** Dim what the highlight leaves out (every item changes on hover: off for the largest maps). */
  dimOthers: boolean;
  /** Visible alliances that ended before the timeline's year (drawn faded, dashed). */
  ended?: ReadonlySet<string>;
}

const ENDED_DASH = dashSlots(THEME.ended.dashPattern);

type NodeData = SigmaNodeAttributes & Partial<ShapeNodeDisplayData>;
type EdgeData = SigmaEdgeAttributes & Partial<DashedEdgeDisplayData>;

// Sigma hands each reducer a copy of the item's attributes: the reducers complete it in place.

export function nodeDisplay(id: string, data: SigmaNodeAttributes, state: DisplayState): NodeData {
  const shown: NodeData = data;
  const visible = state.visibleNodes.has(id);
  if (!visible && state.filtered === 'fade') return Object.assign(shown, { opacity: state.look.fadedOpacity, label: '', zIndex: 0 });
  const { highlight, look } = state;
  // A hidden selection is left out by the texture, but sigma would still draw its hover label.
  if (id === state.selectedId && visible) {
    // The selection's border (the map's theme's), solid even for a group.
    const selected = { borderColor: look.selectedBorderColor, border: look.selectedBorderWidth / data.size, borderDouble: 0 };
    return Object.assign(shown, selected, { forceLabel: true, highlighted: true, zIndex: 2 });
  }
  if (highlight?.nodes.has(id)) return Object.assign(shown, { forceLabel: true, highlighted: id === highlight.centre, zIndex: 2 });
  if (highlight && state.dimOthers) return Object.assign(shown, { opacity: look.dimOpacity, label: '', zIndex: 0 });
  shown.zIndex = 1;
  return shown;
}

export function edgeDisplay(id: string, data: SigmaEdgeAttributes, state: DisplayState): EdgeData {
  const shown: EdgeData = data;
  if (state.filtered === 'fade' && !state.visibleEdges.has(id)) return Object.assign(shown, { color: data.tones.faded, zIndex: 0 });
  // An ended alliance keeps its dashes when highlighted or dimmed, as in Cytoscape.
  const ended = state.ended?.has(id) === true;
  const dash = ended ? ENDED_DASH : data.dash;
  const { highlight } = state;
  if (highlight?.edges.has(id)) return Object.assign(shown, { dash, color: data.tones.strong, zIndex: 2 });
  if (highlight && state.dimOthers) return Object.assign(shown, { dash, color: data.tones.dim, zIndex: 0 });
  if (ended) return Object.assign(shown, { dash, color: data.tones.ended, zIndex: 1 });
  shown.zIndex = 1;
  return shown;
}

/** An actor, its visible alliances and the partners at their other ends (Cytoscape's highlight). */
export function neighbourhood(graph: SigmaGraph, id: string, visibleEdges: ReadonlySet<string>): Highlight {
  const nodes = new Set<string>([id]);
  const edges = new Set<string>();
  if (!graph.hasNode(id)) return { centre: id, nodes, edges };
  graph.forEachEdge(id, (edge, _attributes, source, target) => {
    if (!visibleEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { centre: id, nodes, edges };
}

export interface Changed {
  /** Ids to redraw, or 'all'. */
  nodes: string[] | 'all';
  edges: string[] | 'all';
}

function addAll(into: Set<string>, items: Iterable<string> | undefined): void {
  if (items) for (const item of items) into.add(item);
}

/** The items of the graph in one set and not the other (each set is walked, not the graph). */
function addDifference(into: Set<string>, before: ReadonlySet<string>, after: ReadonlySet<string>, inGraph: (id: string) => boolean): void {
  for (const id of before) if (!after.has(id) && inGraph(id)) into.add(id);
  for (const id of after) if (!before.has(id) && inGraph(id)) into.add(id);
}

/** The nodes and edges whose display differs between two states (a superset, never fewer). */
export function changedItems(graph: SigmaGraph, before: DisplayState, after: DisplayState): Changed {
  if (before.filtered !== after.filtered || before.dimOthers !== after.dimOthers) return { nodes: 'all', edges: 'all' };
  const dimToggled = after.dimOthers && (before.highlight === null) !== (after.highlight === null);
  if (dimToggled) return { nodes: 'all', edges: 'all' };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const fading = after.filtered === 'fade';
  if (fading && before.visibleNodes !== after.visibleNodes)
    addDifference(nodes, before.visibleNodes, after.visibleNodes, (id) => graph.hasNode(id));
  if (fading && before.visibleEdges !== after.visibleEdges)
    addDifference(edges, before.visibleEdges, after.visibleEdges, (id) => graph.hasEdge(id));
  // Hidden ones are left out by the texture; only the selection's look depends on being shown.
  const selectionShown = (state: DisplayState) => state.selectedId !== null && state.visibleNodes.has(state.selectedId);
  const selected = after.selectedId;
  if (!fading && selected !== null && graph.hasNode(selected) && selectionShown(before) !== selectionShown(after)) nodes.add(selected);
  if (before.ended !== after.ended) {
    addAll(edges, before.ended);
    addAll(edges, after.ended);
  }
  if (before.highlight !== after.highlight) {
    addAll(nodes, before.highlight?.nodes);
    addAll(nodes, after.highlight?.nodes);
    addAll(edges, before.highlight?.edges);
    addAll(edges, after.highlight?.edges);
  }
  if (before.selectedId !== after.selectedId) {
    for (const id of [before.selectedId, after.selectedId]) if (id !== null && graph.hasNode(id)) nodes.add(id);
  }
  return { nodes: [...nodes], edges: [...edges] };
}
