// Pure helpers behind the actor panel: what to show and in which order, without React.
import { isBuiltInRelation, RELATION_NAMES, UNDIRECTED_RELATIONS } from '../../domain/relations';
import { scopeByCode } from '../../domain/regions';
import type { Lang } from '../../domain/types';
import { supportFormByCode } from '../../domain/supportForms';
import { formatDataDate, formatNumber, localLabel } from '../../i18n/format';
import { fr } from '../../i18n/fr';
import { isKeyOf } from '../../i18n/keys';
import { kindVisuals, type KindVisual } from '../../map/kindVisuals';
import type { AllianceGraph } from '../../model/graph';
import type { AllianceRecord, DataMeta } from '../../model/types';

/** The URL itself when it is an absolute http(s) address; null for any other scheme or junk. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The kind visuals of a graph, as the map assigns them (extra kinds in order of declaration). */
export function graphKindVisuals(graph: AllianceGraph): Map<string, KindVisual> {
  const kindsInUse = new Set<string>();
  graph.forEachNode((_id, actor) => kindsInUse.add(actor.kind));
  return kindVisuals(graph.getAttributes(), kindsInUse);
}

/** A relation's name: built-in, declared in the file's meta, or its code. */
export function relationName(relation: string, meta: DataMeta, lang: Lang): string {
  if (isBuiltInRelation(relation)) return RELATION_NAMES[relation][lang];
  return meta.relations?.[relation]?.[lang] ?? relation;
}

/** A region code's name ("Centre-Val de Loire", the national scope for FR), or the code. */
export function scopeName(code: string, lang: Lang): string {
  return scopeByCode(code)?.[lang] ?? code;
}

/** The fields of the data format the interface names (actor.fields). */
export type FieldKey = keyof typeof fr.actor.fields;

/** A field a citation names, in the reader's words: "Type", "ODD 13", "Apport en ingénierie", "Vision". */
export function fieldName(field: string, lang: Lang, formatField: (key: FieldKey) => string): string {
  if (isKeyOf(fr.actor.fields, field)) return formatField(field);
  const dot = field.indexOf('.');
  const [head, item] = dot < 0 ? [field, ''] : [field.slice(0, dot), field.slice(dot + 1)];
  switch (head) {
    case 'sdgs':
      return `${lang === 'fr' ? 'ODD' : 'SDG'} ${item}`;
    case 'support':
      return supportFormByCode(item)?.[lang] ?? item;
    case 'regions':
      return scopeName(item, lang);
    case 'members':
      return formatField('members');
    case 'attributes':
      return humanizeKey(item);
    default:
      return humanizeKey(field); // an attribute named by its bare key
  }
}

export interface PeriodWords {
  since: (date: string) => string;
  until: (date: string) => string;
}

/** "mai 2021 – juin 2022", "2020", "depuis 2020", "jusqu'en 2019"; null without dates. */
export function formatPeriod(start: string | undefined, end: string | undefined, lang: Lang, words: PeriodWords): string | null {
  if (start && end) return start === end ? formatDataDate(start, lang) : `${formatDataDate(start, lang)} – ${formatDataDate(end, lang)}`;
  if (start) return words.since(formatDataDate(start, lang));
  if (end) return words.until(formatDataDate(end, lang));
  return null;
}

/** `recentredOnCentreValDeLoire` → "Recentred on centre val de loire": attribute names as words. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/** An attribute value as plain text: lists joined, numbers in the reader's format. */
export function attributeText(value: unknown, lang: Lang, yesNo: [string, string]): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, lang) : String(value);
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (Array.isArray(value)) return value.map((item) => attributeText(item, lang, yesNo)).join(', ');
  try {
    // Objects as JSON text; a data file holds nothing JSON cannot write.
    const text: string | undefined = JSON.stringify(value);
    return text ?? '';
  } catch {
    return '';
  }
}

export interface PartnerAlliances {
  partnerId: string;
  partnerLabel: string;
  alliances: AllianceRecord[];
}

export interface ActorAlliances {
  /** Support flowing to the actor (it is the target). */
  received: PartnerAlliances[];
  /** Support flowing from the actor (it is the source). */
  given: PartnerAlliances[];
  /** Relations without direction (partnership), whichever end the actor is. */
  partnerships: PartnerAlliances[];
}

/**
 * The alliances of an actor in three groups, each by partner (alphabetical in the reader's
 * language), a partner's alliances by start date. A self-loop counts as given.
 */
export function actorAlliances(graph: AllianceGraph, id: string, lang: Lang): ActorAlliances {
  const groups = {
    received: new Map<string, AllianceRecord[]>(),
    given: new Map<string, AllianceRecord[]>(),
    partnerships: new Map<string, AllianceRecord[]>(),
  };
  graph.forEachEdge(id, (_edge, alliance, source, target) => {
    const partnerId = source === id ? target : source;
    const group = UNDIRECTED_RELATIONS.has(alliance.relation) ? groups.partnerships : source === id ? groups.given : groups.received;
    const list = group.get(partnerId);
    if (list) list.push(alliance);
    else group.set(partnerId, [alliance]);
  });
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sorted = (group: Map<string, AllianceRecord[]>): PartnerAlliances[] =>
    [...group.entries()]
      .map(([partnerId, alliances]) => {
        const partner = graph.getNodeAttributes(partnerId);
        return {
          partnerId,
          partnerLabel: localLabel(partner.label, partner.labels, lang),
          alliances: alliances.sort(
            (a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.relation.localeCompare(b.relation) || a.id.localeCompare(b.id),
          ),
        };
      })
      .sort((a, b) => collator.compare(a.partnerLabel, b.partnerLabel) || a.partnerId.localeCompare(b.partnerId));
  return { received: sorted(groups.received), given: sorted(groups.given), partnerships: sorted(groups.partnerships) };
}

/** An actor's own SDGs and those that come only through its alliances, each sorted. */
export function splitSdgs(graph: AllianceGraph, id: string): { own: number[]; viaAlliances: number[] } {
  const own = new Set(graph.getNodeAttribute(id, 'sdgs') ?? []);
  const via = new Set<number>();
  graph.forEachEdge(id, (_edge, alliance) => {
    for (const sdg of alliance.sdgs ?? []) if (!own.has(sdg)) via.add(sdg);
  });
  const byNumber = (a: number, b: number) => a - b;
  return { own: [...own].sort(byNumber), viaAlliances: [...via].sort(byNumber) };
}
