// The import report: what was read, what was skipped and why, which values were recognised and
// which not, what the user should fix. Notes of one kind about one column and value are gathered
// into one, with the rows they concern (the first few) and how many there are.
import type { Problem } from '../model/types';
import type { ColumnUse } from './fields';
import type { ImportFormat, Place, TableKind } from './types';

export type NoteCode =
  /** An actor row with neither name nor id. */
  | 'actor-skipped'
  /** An alliance row without its source or target actor. */
  | 'alliance-skipped'
  /** A value read from another form than the app's code (`financement` → direct-funding). */
  | 'value-recognised'
  /** A value not recognised: left empty (params.kept 'empty') or kept as an attribute. */
  | 'value-unrecognised'
  /** A kind or relation not known to the app, declared as the file's own (meta.kinds/relations). */
  | 'code-declared'
  /** An actor without a kind became a local actor. */
  | 'kind-default'
  /** An alliance without a relation became support (or partnership when undirected). */
  | 'relation-default'
  /** An actor without a name took its id as name. */
  | 'label-from-id'
  /** An alliance named an actor the actors table lacks: the actor was added. */
  | 'actor-added'
  /** Two rows had the same id: the later one got another. */
  | 'id-renamed'
  /** A value the data format refuses (a date in the future, a `mailto:` link…) kept as an attribute. */
  | 'value-refused'
  /** A whole table or file that could not be read. */
  | 'file-unreadable';

export interface NoteParams {
  field?: string;
  /** What the value became: a code, an id, a number. */
  as?: string;
  kept?: 'empty' | 'attribute';
  /** A problem of the data format behind value-refused, or the reason a file is unreadable. */
  problem?: Problem;
  reason?: string;
}

export interface Note {
  code: NoteCode;
  place: Place;
  value?: string;
  params: NoteParams;
  /** Rows concerned (the first {@link ROWS_KEPT}) and how many in all. */
  rows: number[];
  items: string[];
  count: number;
}

export const ROWS_KEPT = 8;

export interface ColumnReport {
  name: string;
  use: ColumnUse;
  private: boolean;
}

export interface TableReport {
  kind: TableKind;
  file: string;
  sheet?: string;
  rows: number;
  columns: ColumnReport[];
}

export interface ImportReport {
  format: ImportFormat;
  files: string[];
  tables: TableReport[];
  actors: number;
  alliances: number;
  notes: Note[];
  /** Problems that remain: the map cannot be shown until they are fixed. */
  problems: Problem[];
}

/** Gathers notes: one per code, table, column, value and outcome. */
export class NoteCollector {
  private readonly byKey = new Map<string, Note>();

  add(code: NoteCode, place: Place, value: string | undefined, params: NoteParams = {}): void {
    const key = JSON.stringify([
      code,
      place.file,
      place.sheet,
      place.column,
      value,
      params.field,
      params.as,
      params.kept,
      params.problem?.code,
    ]);
    let note = this.byKey.get(key);
    if (!note) {
      note = { code, place, params, rows: [], items: [], count: 0 };
      if (value !== undefined) note.value = value;
      this.byKey.set(key, note);
    }
    note.count += 1;
    if (place.row !== undefined && note.rows.length < ROWS_KEPT) note.rows.push(place.row);
    if (place.item !== undefined && note.items.length < ROWS_KEPT) note.items.push(place.item);
  }

  notes(): Note[] {
    return [...this.byKey.values()];
  }
}

/** Whether the import can be shown as a map: nothing blocks it and there is at least one actor. */
export function canAccept(report: ImportReport): boolean {
  return report.problems.length === 0 && report.actors > 0;
}
