// Data exports: the app's own JSON format (alliance-map/1) with the current positions and the
// stories, and CSV tables of actors and alliances for spreadsheets. Pure.
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

function selectRecords(graph: AllianceGraph, positions: Positions, options: DataExportOptions) {
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

// ---------------------------------------------------------------------------------------------
// CSV

type Cell = string | number | null | undefined;

/** Byte order mark: Excel reads UTF-8 (accents) only with it. */
export const CSV_BOM = '\uFEFF';

/** Text a spreadsheet reads as a number (−120,5, -120.5, +3, 1e6): it stays as it is. */
const NUMBER_TEXT = /^[+\-\u2212]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** What a spreadsheet may take for the start of a formula (or a hidden one after a tab or CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as RFC 4180 says, every text cell in double quotes (quotes doubled), so a `;` or a
 * comma inside never splits it, whichever separator the spreadsheet expects (French Excel reads
 * `;`). Text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe so a
 * spreadsheet never runs it as a formula, unless the text is a number; numbers are written as
 * they are, unquoted.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) && !NUMBER_TEXT.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A whole table: BOM, header row, CRLF line ends (RFC 4180). */
export function csvTable(header: readonly string[], rows: readonly Cell[][]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const list = (values: readonly (string | number)[] | undefined): string => (values ?? []).join(';');

export const ACTOR_COLUMNS = ['id', 'label', 'kind', 'category', 'regions', 'sdgs', 'description', 'url', 'x', 'y'] as const;
export const ALLIANCE_COLUMNS = [
  'id',
  'source',
  'target',
  'relation',
  'support',
  'amount',
  'currency',
  'start',
  'end',
  'sdgs',
  'description',
] as const;

/** The actors as CSV: lists joined with `;`, positions rounded to 0.1. */
export function actorsCsv(graph: AllianceGraph, positions: Positions, options: DataExportOptions = {}): string {
  const { nodes } = selectRecords(graph, positions, options);
  return csvTable(
    ACTOR_COLUMNS,
    nodes.map((node) => [
      node.id,
      node.label,
      node.kind,
      node.category,
      list(node.regions),
      list(node.sdgs),
      node.description,
      node.url,
      node.x,
      node.y,
    ]),
  );
}

/** The alliances as CSV: lists joined with `;`. */
export function alliancesCsv(graph: AllianceGraph, positions: Positions, options: DataExportOptions = {}): string {
  const { edges } = selectRecords(graph, positions, options);
  return csvTable(
    ALLIANCE_COLUMNS,
    edges.map((edge) => [
      edge.id,
      edge.source,
      edge.target,
      edge.relation,
      list(edge.support),
      edge.amount,
      edge.currency,
      edge.start,
      edge.end,
      list(edge.sdgs),
      edge.description,
    ]),
  );
}
