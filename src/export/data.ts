// Data exports: the app's own JSON format (alliance-map/1) with the current positions and the
// stories (CSV, GEXF and GraphML are beside it: csv.ts, gexf.ts, graphml.ts). Pure.
import type { AllianceGraph } from '../model/graph';
import type { ActorRecord, AllianceRecord, DataFile, Story } from '../model/types';
import type { Positions, Visibility } from '../view/types';

export interface DataExportOptions {
  /** Only the visible actors and alliances (stories are kept). */
  filteredOnly?: boolean;
  /** Needed when filteredOnly is set. */
  visibility?: Visibility | null;
  /** The stories to write; default the file's own. */
  stories?: readonly Story[];
}

/** Model coordinates rounded to 0.1, enough for any screen and short in the file. */
export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The records an export writes: every actor (with its current position) and alliance, or the visible ones. */
export function selectRecords(graph: AllianceGraph, positions: Positions, options: DataExportOptions) {
  const visibility = options.filteredOnly ? (options.visibility ?? null) : null;
  if (options.filteredOnly && !visibility) throw new Error('exportJson: a filtered export needs the visibility');
  const nodes: ActorRecord[] = [];
  graph.forEachNode((id, attributes) => {
    if (visibility && !visibility.visibleNodeIds.has(id)) return;
    const record: ActorRecord = { ...attributes };
    const at = positions[id];
    if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) {
      record.x = roundCoordinate(at.x);
      record.y = roundCoordinate(at.y);
    }
    nodes.push(record);
  });
  const kept = new Set(nodes.map((node) => node.id));
  const edges: AllianceRecord[] = [];
  graph.forEachEdge((id, attributes, source, target) => {
    if (visibility && !visibility.visibleEdgeIds.has(id)) return;
    if (!kept.has(source) || !kept.has(target)) return; // never an alliance to an actor left out
    edges.push({ ...attributes });
  });
  return { nodes, edges, kept };
}

/**
 * A story step's view without a focus on an actor the exported file lacks (the file would not
 * validate otherwise; the step stays a saved view of the same filters).
 */
function storiesFor(stories: readonly Story[], kept: ReadonlySet<string>): Story[] {
  return stories.map((story) => ({
    ...story,
    steps: story.steps.map((step) => {
      const params = new URLSearchParams(step.view);
      const focus = params.get('focus');
      if (focus === null || focus === '' || kept.has(focus)) return { ...step };
      params.delete('focus');
      params.delete('depth');
      return { ...step, view: params.toString() };
    }),
  }));
}

/** The data file of the map as it is now: records from the model, current positions, stories. */
export function exportDataFile(file: DataFile, graph: AllianceGraph, positions: Positions, options: DataExportOptions = {}): DataFile {
  const { nodes, edges, kept } = selectRecords(graph, positions, options);
  const out: DataFile = { format: file.format, meta: { ...file.meta }, nodes, edges };
  const stories = options.stories ?? file.stories;
  if (stories && stories.length > 0) out.stories = storiesFor(stories, kept);
  return out;
}

/**
 * A valid `alliance-map/1` file as text (2-space JSON): every actor with its current position in
 * x/y (rounded to 0.1, so a layout arranged by hand is kept), the alliances and the stories;
 * `filteredOnly` keeps the visible actors and alliances only.
 */
export function exportJson(file: DataFile, graph: AllianceGraph, positions: Positions, options: DataExportOptions = {}): string {
  return `${JSON.stringify(exportDataFile(file, graph, positions, options), null, 2)}\n`;
}
