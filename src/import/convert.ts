// Tables read from spreadsheets or graph files → an `alliance-map/1` data file and its report.
// No row is dropped without a note: rows without a name or without both ends are skipped and
// reported; values not recognised are kept as attributes; actors named only by an alliance are
// added; what the data format still refuses is moved into attributes (./refused.ts).
import type { Names } from '../domain/types';
import type { ActorRecord, AllianceRecord, DataFile, DataMeta } from '../model/types';
import { FORMAT_V1 } from '../model/types';
import { normalizeText } from '../search/normalize';
import type { ActorField, AllianceField } from './fields';
import { choiceOf, type Mapping } from './mapping';
import { readActorField, readAllianceField, attributeValue, type Draft, type ReadContext } from './records';
import { fixRefused } from './refused';
import { NoteCollector, type ImportReport, type TableReport } from './report';
import { importedMeta } from './meta';
import { slugify } from './slug';
import type { Place, RawImport, RawRow, RawTable } from './types';
import { ownLexicon } from './values/domain';
import { isEmptyCell } from './values/text';

export interface Conversion {
  file: DataFile;
  report: ImportReport;
}

interface Row {
  draft: Draft;
  place: Place;
}

function readRows(table: RawTable, mapping: Mapping, base: Omit<ReadContext, 'place'>, privateNames: Set<string>): Row[] {
  const rows: Row[] = [];
  for (const raw of table.rows) {
    if (Object.values(raw.cells).every(isEmptyCell)) continue;
    const place = placeOf(table, raw);
    const draft: Draft = { fields: {}, attributes: {} };
    for (const column of table.columns) {
      const cell = raw.cells[column];
      const choice = choiceOf(mapping, table, column);
      if ('ignore' in choice.use || isEmptyCell(cell)) continue;
      const context: ReadContext = { ...base, place: { ...place, column } };
      if ('attribute' in choice.use) {
        draft.attributes[choice.use.attribute] = attributeValue(cell);
        if (choice.private) privateNames.add(choice.use.attribute);
      } else {
        if (table.kind === 'actors') readActorField(draft, context, choice.use.field as ActorField, cell);
        else readAllianceField(draft, context, choice.use.field as AllianceField, cell);
        if (choice.private) privateNames.add(choice.use.field.split('.')[0] ?? choice.use.field);
      }
    }
    rows.push({ draft, place });
  }
  return rows;
}

function placeOf(table: RawTable, row: RawRow): Place {
  const place: Place = { file: table.file, row: row.row };
  if (table.sheet !== undefined) place.sheet = table.sheet;
  if (row.item !== undefined) place.item = row.item;
  return place;
}

/** Gives each id once: a repeated one gets `-2`, `-3`… */
class Ids {
  private readonly used = new Set<string>();
  take(wanted: string): string {
    let id = wanted === '' ? 'x' : wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function withAttributes<T extends object>(record: T, draft: Draft): T {
  return Object.keys(draft.attributes).length > 0 ? { ...record, attributes: draft.attributes } : record;
}

function actorOf(row: Row, ids: Ids, notes: NoteCollector): ActorRecord | null {
  const { fields } = row.draft;
  let label = text(fields.label);
  const wanted = text(fields.id);
  if (label === '' && wanted === '') {
    notes.add('actor-skipped', row.place, undefined);
    return null;
  }
  if (label === '') {
    label = wanted;
    notes.add('label-from-id', row.place, wanted);
  }
  const id = ids.take(wanted || slugify(label));
  if (wanted !== '' && id !== wanted) notes.add('id-renamed', row.place, wanted, { as: id });
  if (fields.kind === undefined) notes.add('kind-default', { ...row.place, column: undefined }, undefined, { as: 'local-actor' });
  const { 'members.count': count, 'members.note': note, ...rest } = fields;
  const record: ActorRecord = { ...(rest as Partial<ActorRecord>), id, label, kind: text(fields.kind) || 'local-actor' };
  if (count !== undefined || note !== undefined) {
    record.members = {};
    if (typeof count === 'number') record.members.count = count;
    if (typeof note === 'string') record.members.note = note;
  }
  return withAttributes(record, row.draft);
}

/** Finds actors by id, then by id or name folded (case, accents, spaces). */
class ActorIndex {
  private readonly folded = new Map<string, string>();
  constructor(private readonly actors: ActorRecord[]) {
    for (const actor of actors) this.remember(actor);
  }
  private remember(actor: ActorRecord): void {
    for (const key of [actor.id, actor.label]) {
      const fold = normalizeText(key);
      if (fold !== '' && !this.folded.has(fold)) this.folded.set(fold, actor.id);
    }
  }
  find(name: string): string | undefined {
    return this.actors.some((actor) => actor.id === name) ? name : this.folded.get(normalizeText(name));
  }
  label(id: string): string | undefined {
    return this.actors.find((actor) => actor.id === id)?.label;
  }
  add(actor: ActorRecord): void {
    this.actors.push(actor);
    this.remember(actor);
  }
}

function allianceOf(row: Row, actors: ActorIndex, ids: Ids, notes: NoteCollector, undirected: boolean): AllianceRecord | null {
  const { fields } = row.draft;
  const ends = [text(fields.source), text(fields.target)];
  if (ends.some((end) => end === '')) {
    const missing = ends[0] === '' && ends[1] === '' ? 'source, target' : ends[0] === '' ? 'source' : 'target';
    notes.add('alliance-skipped', row.place, undefined, { field: missing });
    return null;
  }
  const [source, target] = ends.map((name, index) => {
    const found = actors.find(name);
    if (found !== undefined) {
      // An actor named by its id or its exact name is expected; one found by a looser match is noted.
      if (found !== name && actors.label(found) !== name)
        notes.add('value-recognised', row.place, name, { field: index === 0 ? 'source' : 'target', as: found });
      return found;
    }
    const id = ids.take(slugify(name));
    actors.add({ id, label: name, kind: 'local-actor' });
    notes.add('actor-added', row.place, name, { as: id });
    return id;
  }) as [string, string];
  let relation = text(fields.relation);
  if (relation === '') {
    relation = (row.draft.directed ?? !undirected) ? 'support' : 'partnership';
    notes.add('relation-default', { ...row.place, column: undefined }, undefined, { as: relation });
  }
  const wanted = text(fields.id);
  const id = ids.take(wanted || slugify(`${source}-${target}-${relation}`));
  // Graph files number actors and alliances alike (0, 1, 2…): one note gathers the renamed ones.
  if (wanted !== '' && id !== wanted) notes.add('id-renamed', { ...row.place, column: undefined }, undefined, { field: 'alliance' });
  return withAttributes({ ...(fields as Partial<AllianceRecord>), id, source, target, relation }, row.draft);
}

function tableReport(table: RawTable, mapping: Mapping): TableReport {
  const report: TableReport = {
    kind: table.kind,
    file: table.file,
    rows: table.rows.length,
    columns: table.columns.map((name) => ({ name, ...choiceOf(mapping, table, name) })),
  };
  if (table.sheet !== undefined) report.sheet = table.sheet;
  return report;
}

/** The data file the tables make with this mapping, and the report of how it was made. */
export function convert(raw: RawImport, mapping: Mapping): Conversion {
  const notes = new NoteCollector();
  const meta = importedMeta(raw);
  const declared = { kinds: {} as Record<string, Names>, relations: {} as Record<string, Names> };
  const base = { notes, declared, ownKinds: ownLexicon(meta.kinds), ownRelations: ownLexicon(meta.relations) };
  const privateNames = new Set(meta.private ?? []);
  const actorIds = new Ids();
  const nodes: ActorRecord[] = [];
  const actorRows = raw.tables.filter((table) => table.kind === 'actors').flatMap((table) => readRows(table, mapping, base, privateNames));
  for (const row of actorRows) {
    const actor = actorOf(row, actorIds, notes);
    if (actor) nodes.push(actor);
  }
  const index = new ActorIndex(nodes);
  const edges: AllianceRecord[] = [];
  for (const row of raw.tables
    .filter((table) => table.kind === 'alliances')
    .flatMap((table) => readRows(table, mapping, base, privateNames))) {
    // Actors and alliances share one namespace of ids.
    const alliance = allianceOf(row, index, actorIds, notes, raw.undirected === true);
    if (alliance) edges.push(alliance);
  }
  const fullMeta: DataMeta = { ...meta };
  if (Object.keys(declared.kinds).length > 0) fullMeta.kinds = { ...declared.kinds, ...meta.kinds };
  if (Object.keys(declared.relations).length > 0) fullMeta.relations = { ...declared.relations, ...meta.relations };
  if (privateNames.size > 0) fullMeta.private = [...privateNames];
  const fixed = fixRefused({ format: FORMAT_V1, meta: fullMeta, nodes, edges }, notes);
  const report: ImportReport = {
    format: raw.format,
    files: raw.files,
    tables: raw.tables.map((table) => tableReport(table, mapping)),
    actors: fixed.file.nodes.length,
    alliances: fixed.file.edges.length,
    notes: notes.notes(),
    problems: fixed.problems,
  };
  return { file: fixed.file, report };
}
