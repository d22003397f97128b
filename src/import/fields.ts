// The fields a column of a spreadsheet (or an attribute of a graph file) can fill, and the names
// people give those columns in French and English (compared case- and accent-insensitively).
import { normalizeText } from '../search/normalize';
import type { TableKind } from './types';

export const ACTOR_FIELDS = [
  'id',
  'label',
  'labels.en',
  'kind',
  'category',
  'regions',
  'sdgs',
  'url',
  'description',
  'founded',
  'members.count',
  'members.note',
  'x',
  'y',
] as const;
export const ALLIANCE_FIELDS = [
  'id',
  'source',
  'target',
  'relation',
  'directed',
  'support',
  'amount',
  'currency',
  'start',
  'end',
  'sdgs',
  'description',
] as const;

export type ActorField = (typeof ACTOR_FIELDS)[number];
export type AllianceField = (typeof ALLIANCE_FIELDS)[number];
export type Field = ActorField | AllianceField;

export const FIELDS: Record<TableKind, readonly Field[]> = { actors: ACTOR_FIELDS, alliances: ALLIANCE_FIELDS };

/** What a column becomes: a field, an attribute of that name, or nothing (the user's choice only). */
export type ColumnUse = { field: Field } | { attribute: string } | { ignore: true };

/** Column names recognised for each field, as `normalizeText` folds them. */
const ACTOR_NAMES: Record<ActorField, string[]> = {
  id: ['id', 'identifiant', 'identifier', 'key', 'cle', 'id acteur', 'actor id', 'node id'],
  label: [
    'label',
    'nom',
    'name',
    'libelle',
    'intitule',
    'titre',
    'title',
    'raison sociale',
    'organisation',
    'organization',
    'structure',
    'acteur',
    'actor',
    'nom de l acteur',
    'denomination',
  ],
  'labels.en': ['labels en', 'label en', 'nom en anglais', 'nom anglais', 'english name', 'name en', 'nom en'],
  kind: ['kind', 'type', 'genre', 'type d acteur', 'type acteur', 'actor type', 'kind of actor', 'role'],
  category: ['category', 'categorie', 'forme juridique', 'statut', 'statut juridique', 'legal form'],
  regions: ['region', 'regions', 'code region', 'codes regions', 'region code', 'territoire', 'territory', 'scope', 'perimetre'],
  sdgs: ['odd', 'sdg', 'sdgs', 'odds', 'objectifs', 'objectifs de developpement durable', 'sustainable development goals', 'goals'],
  url: ['url', 'site web', 'site internet', 'site', 'website', 'web', 'lien', 'link', 'web site'],
  description: ['description', 'presentation', 'commentaire', 'commentaires', 'comment', 'comments', 'resume', 'summary', 'notes'],
  founded: [
    'founded',
    'date de creation',
    'creation',
    'annee de creation',
    'fondation',
    'fondee en',
    'cree en',
    'year founded',
    'founded in',
    'date founded',
  ],
  'members.count': ['members count', 'nombre de membres', 'membres', 'members', 'nb membres', 'nombre d adherents', 'adherents'],
  'members.note': ['members note', 'note membres', 'note sur les membres', 'qui sont les membres'],
  x: ['x', 'pos x', 'position x'],
  y: ['y', 'pos y', 'position y'],
};

const ALLIANCE_NAMES: Record<AllianceField, string[]> = {
  id: ['id', 'identifiant', 'identifier', 'key', 'cle', 'edge id', 'id alliance'],
  source: ['source', 'de', 'from', 'origine', 'acteur source', 'source id', 'qui soutient', 'donneur', 'emetteur'],
  target: ['target', 'cible', 'vers', 'to', 'destination', 'beneficiaire', 'acteur cible', 'target id', 'destinataire', 'recipient'],
  relation: [
    'relation',
    'type',
    'type de relation',
    'type de lien',
    'lien',
    'relation type',
    'kind',
    'genre',
    'nature',
    'nature du lien',
    'type d alliance',
    'alliance type',
  ],
  directed: ['directed', 'oriente', 'orientee', 'orientation', 'direction', 'dirige'],
  support: [
    'support',
    'soutien',
    'forme de soutien',
    'formes de soutien',
    'support form',
    'support forms',
    'type de soutien',
    'types de soutien',
    'apport',
    'apports',
    'soutiens',
  ],
  amount: ['montant', 'amount', 'somme', 'montant eur', 'montant en euros', 'montant euros', 'amount eur', 'budget', 'montant du soutien'],
  currency: ['devise', 'currency', 'monnaie'],
  start: ['start', 'debut', 'date de debut', 'start date', 'depuis', 'since', 'annee', 'year', 'date'],
  end: ['end', 'fin', 'date de fin', 'end date', 'jusqu a', 'until'],
  sdgs: ['odd', 'sdg', 'sdgs', 'odds', 'objectifs', 'objectifs de developpement durable', 'sustainable development goals', 'goals'],
  description: ['description', 'commentaire', 'commentaires', 'comment', 'comments', 'notes', 'objet', 'presentation'],
};

function index(names: Record<string, string[]>): Map<string, Field> {
  const map = new Map<string, Field>();
  for (const [field, list] of Object.entries(names)) {
    map.set(normalizeText(field), field as Field);
    for (const name of list) map.set(name, field as Field);
  }
  return map;
}

const BY_NAME: Record<TableKind, Map<string, Field>> = { actors: index(ACTOR_NAMES), alliances: index(ALLIANCE_NAMES) };

/** `attributes.email`, `attribut email`, `attribute: email` name an attribute explicitly. */
const ATTRIBUTE_PREFIX = /^\s*(?:attributes?|attributs?)\s*[.:]\s*(.+)$/i;

/** The field a column name stands for, or null. `Montant (€)` → amount, `Forme de soutien` → support. */
export function fieldOfColumn(table: TableKind, column: string): Field | null {
  if (ATTRIBUTE_PREFIX.test(column)) return null;
  const name = normalizeText(column);
  const map = BY_NAME[table];
  return map.get(name) ?? map.get(name.replace(/\s+(?:eur|euros?|en euros?)$/, '')) ?? null;
}

/** What a column is used for when the user has not chosen: its field, else an attribute of its name. */
export function defaultUse(table: TableKind, column: string): ColumnUse {
  const field = fieldOfColumn(table, column);
  if (field) return { field };
  const explicit = ATTRIBUTE_PREFIX.exec(column);
  return { attribute: (explicit?.[1] ?? column).trim() };
}

/** The fields English and French templates name their columns with (docs/import.md). */
export const COLUMN_TITLES: Record<TableKind, Partial<Record<Field, { fr: string; en: string }>>> = {
  actors: {
    id: { fr: 'identifiant', en: 'id' },
    label: { fr: 'nom', en: 'name' },
    kind: { fr: 'type', en: 'kind' },
    category: { fr: 'catégorie', en: 'category' },
    regions: { fr: 'région', en: 'region' },
    sdgs: { fr: 'ODD', en: 'SDG' },
    url: { fr: 'site web', en: 'website' },
    founded: { fr: 'date de création', en: 'founded' },
    description: { fr: 'description', en: 'description' },
  },
  alliances: {
    source: { fr: 'de', en: 'from' },
    target: { fr: 'vers', en: 'to' },
    relation: { fr: 'relation', en: 'relation' },
    support: { fr: 'forme de soutien', en: 'support' },
    amount: { fr: 'montant', en: 'amount' },
    start: { fr: 'début', en: 'start' },
    end: { fr: 'fin', en: 'end' },
    sdgs: { fr: 'ODD', en: 'SDG' },
    description: { fr: 'description', en: 'description' },
  },
};
