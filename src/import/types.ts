// What the importers read, before it becomes a data file: tables of cells (a CSV file, a sheet of a
// workbook, the nodes or edges of a graph file), each cell where the file has it.

export type ImportFormat = 'csv' | 'xlsx' | 'ods' | 'gexf' | 'graphml' | 'graphology-json' | 'cytoscape-json';

/** The two tables of a map: actors (nodes) and alliances (edges). */
export type TableKind = 'actors' | 'alliances';

/** A cell as read: text, a number, a boolean, a list or an object (graph files), or nothing. */
export type Cell = unknown;

export interface RawRow {
  /** The row a spreadsheet shows (header = 1) or, in a graph file, the element's position from 1. */
  row: number;
  /** A graph file's node or edge id, to name the element in the report. */
  item?: string;
  cells: Record<string, Cell>;
}

export interface RawTable {
  kind: TableKind;
  /** The file it comes from. */
  file: string;
  /** The sheet of a workbook. */
  sheet?: string;
  /** Column names in the order of the file. */
  columns: string[];
  rows: RawRow[];
}

/** Everything one import read: the tables and, from graph files, the map's own meta and directions. */
export interface RawImport {
  format: ImportFormat;
  files: string[];
  tables: RawTable[];
  /** Meta a graph file carries (an Alliance Map export writes it; a title from Gephi's meta). */
  meta?: Record<string, unknown>;
  /** The file says its alliances have no direction (GEXF/GraphML/graphology/Cytoscape undirected). */
  undirected?: boolean;
}

/** Where in the input a fact was found. */
export interface Place {
  file: string;
  sheet?: string;
  row?: number;
  item?: string;
  column?: string;
}
