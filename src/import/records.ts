// One row of a table read into an actor or alliance draft: each mapped column through the
// recognisers of its field; whatever is not recognised is kept as an attribute and noted.
import type { Names } from '../domain/types';
import { slugify } from './slug';
import type { ActorField, AllianceField } from './fields';
import type { NoteCollector } from './report';
import type { Place } from './types';
import { parseDate, toMonth } from './values/dates';
import {
  isSdgName,
  recogniseKind,
  recogniseRegion,
  recogniseRelation,
  recogniseSdg,
  recogniseSupport,
  recogniseYesNo,
  type Recognised,
} from './values/domain';
import { parseAmount, parseNumber } from './values/numbers';
import { cellText, listItems } from './values/text';

type Lexicon = Map<string, string>;

/** A record being read: the data format's fields, free attributes, and what only the import needs. */
export interface Draft {
  fields: Record<string, unknown>;
  attributes: Record<string, unknown>;
  /** Alliances: the file says the alliance has no direction. */
  directed?: boolean;
}

export interface ReadContext {
  notes: NoteCollector;
  place: Place;
  /** Kinds and relations the file itself declares (an Alliance Map export carries them). */
  ownKinds?: Lexicon;
  ownRelations?: Lexicon;
  /** Kinds and relations declared by this import for values the app does not know. */
  declared: { kinds: Record<string, Names>; relations: Record<string, Names> };
}

/** A cell kept as an attribute: text trimmed, JSON lists and objects (an export's) read back. */
export function attributeValue(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  const text = cellText(cell);
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function keep(draft: Draft, context: ReadContext, field: string, value: string, kept: 'attribute' | 'empty' = 'attribute'): void {
  const column = context.place.column ?? field;
  if (kept === 'attribute') draft.attributes[column] = value;
  context.notes.add('value-unrecognised', context.place, value, { field, kept });
}

function recognised<T>(context: ReadContext, field: string, text: string, result: Recognised<T>): T {
  if (result.translated) context.notes.add('value-recognised', context.place, text, { field, as: String(result.value) });
  return result.value;
}

/** A list field (regions, SDGs, support): recognised items, the rest kept as an attribute. */
function readList<T>(
  draft: Draft,
  context: ReadContext,
  field: string,
  cell: unknown,
  recognise: (item: string) => Recognised<T> | null,
  isItem?: (text: string) => boolean,
): void {
  const values: T[] = [];
  const unknown: string[] = [];
  for (const item of listItems(cell, isItem)) {
    const result = recognise(item);
    if (!result) unknown.push(item);
    else {
      const value = recognised(context, field, item, result);
      if (!values.includes(value)) values.push(value);
    }
  }
  if (values.length > 0) draft.fields[field] = values;
  if (unknown.length > 0) keep(draft, context, field, unknown.join(' ; '));
}

function declare(context: ReadContext, which: 'kinds' | 'relations', text: string): string {
  const code = slugify(text);
  context.declared[which][code] ??= { fr: text, en: text };
  context.notes.add('code-declared', context.place, text, { field: which === 'kinds' ? 'kind' : 'relation', as: code });
  return code;
}

function readDate(draft: Draft, context: ReadContext, field: string, cell: unknown, monthOnly: boolean): void {
  const text = cellText(cell);
  const date = parseDate(cell);
  if (!date) return keep(draft, context, field, text);
  const value = monthOnly ? toMonth(date) : date;
  if (value !== text) context.notes.add('value-recognised', context.place, text, { field, as: value });
  draft.fields[field] = value;
}

function readNumber(draft: Draft, context: ReadContext, field: string, cell: unknown, integer = false): void {
  const value = parseNumber(cell);
  if (value === null || (integer && (!Number.isInteger(value) || value < 0))) return keep(draft, context, field, cellText(cell));
  draft.fields[field] = value;
}

function readUrl(draft: Draft, context: ReadContext, text: string): void {
  if (/^https?:\/\/\S+$/i.test(text)) draft.fields.url = text;
  else if (/^www\.\S+$/i.test(text)) draft.fields.url = recognised(context, 'url', text, { value: `https://${text}`, translated: true });
  else keep(draft, context, 'url', text);
}

export function readActorField(draft: Draft, context: ReadContext, field: ActorField, cell: unknown): void {
  const text = cellText(cell);
  switch (field) {
    case 'id':
    case 'label':
    case 'category':
    case 'description':
      draft.fields[field] = text;
      return;
    case 'labels.en':
      draft.fields.labels = { en: text };
      return;
    case 'members.count':
      return readNumber(draft, context, field, cell, true);
    case 'members.note':
      draft.fields[field] = text;
      return;
    case 'kind': {
      const result = recogniseKind(text, context.ownKinds);
      draft.fields.kind = result ? recognised(context, field, text, result) : declare(context, 'kinds', text);
      return;
    }
    case 'regions':
      return readList(draft, context, field, cell, recogniseRegion);
    case 'sdgs':
      return readList(draft, context, field, cell, recogniseSdg, isSdgName);
    case 'url':
      return readUrl(draft, context, text);
    case 'founded':
      return readDate(draft, context, field, cell, false);
    case 'x':
    case 'y':
      return readNumber(draft, context, field, cell);
  }
}

export function readAllianceField(draft: Draft, context: ReadContext, field: AllianceField, cell: unknown): void {
  const text = cellText(cell);
  switch (field) {
    case 'id':
    case 'source':
    case 'target':
    case 'description':
      draft.fields[field] = text;
      return;
    case 'relation': {
      const direction = recogniseRelation(text, context.ownRelations) ? null : recogniseYesNo(text);
      if (direction !== null) {
        draft.directed = direction;
        context.notes.add('value-recognised', context.place, text, { field: 'directed', as: String(direction) });
        return;
      }
      const result = recogniseRelation(text, context.ownRelations);
      draft.fields.relation = result ? recognised(context, field, text, result) : declare(context, 'relations', text);
      return;
    }
    case 'directed': {
      const direction = recogniseYesNo(cell);
      if (direction === null) return keep(draft, context, field, text);
      draft.directed = direction;
      return;
    }
    case 'support':
      return readList(draft, context, field, cell, recogniseSupport);
    case 'sdgs':
      return readList(draft, context, field, cell, recogniseSdg, isSdgName);
    case 'amount': {
      const amount = parseAmount(cell);
      if (!amount || amount.amount < 0) return keep(draft, context, field, text);
      draft.fields.amount = amount.amount;
      if (amount.currency) draft.fields.currency ??= amount.currency;
      if (text !== String(amount.amount))
        context.notes.add('value-recognised', context.place, text, {
          field,
          as: `${amount.amount}${amount.currency ? ` ${amount.currency}` : ''}`,
        });
      return;
    }
    case 'currency': {
      const code = parseAmount(`1 ${text}`)?.currency ?? text.toUpperCase();
      if (!/^[A-Z]{3}$/.test(code)) return keep(draft, context, field, text);
      draft.fields.currency = code;
      return;
    }
    case 'start':
    case 'end':
      return readDate(draft, context, field, cell, true);
  }
}
