// The app's codes recognised from what people write: kinds, relations and support forms by code,
// French or English name; regions by INSEE code (current or former), name or former name; the
// national scope; SDGs as `13`, `ODD 13`, `SDG13` or the goal's name. Case and accents do not matter.
import { BUILT_IN_KINDS, KIND_NAMES } from '../../domain/kinds';
import { NATIONAL_SCOPE, REGIONS } from '../../domain/regions';
import { BUILT_IN_RELATIONS, RELATION_NAMES } from '../../domain/relations';
import { SDGS } from '../../domain/sdgs';
import { SUPPORT_FORMS } from '../../domain/supportForms';
import type { Names } from '../../domain/types';
import { normalizeText } from '../../search/normalize';
import { cellText } from './text';

type Lexicon = Map<string, string>;

function lexicon(entries: Iterable<[string, string]>): Lexicon {
  const map: Lexicon = new Map();
  for (const [word, code] of entries) map.set(normalizeText(word), code);
  return map;
}

function named<T extends string>(codes: readonly T[], names: Record<T, Names>): Array<[string, string]> {
  return codes.flatMap((code) => [
    [code, code],
    [names[code].fr, code],
    [names[code].en, code],
  ]);
}

const KINDS = lexicon([
  ...named(BUILT_IN_KINDS, KIND_NAMES),
  ['catalyseur territorial', 'catalyst'],
  ['territorial catalyst', 'catalyst'],
  ['local', 'local-actor'],
  ['acteur', 'local-actor'],
  ['bailleur', 'funder'],
  ['financeurs', 'funder'],
  ['catalyseurs', 'catalyst'],
  ['acteurs locaux', 'local-actor'],
]);

const RELATIONS = lexicon([
  ...named(BUILT_IN_RELATIONS, RELATION_NAMES),
  ['financeur', 'funding'],
  ['subvention', 'funding'],
  ['mecenat', 'funding'],
  ['soutien', 'support'],
  ['partenaire', 'partnership'],
  ['partenariats', 'partnership'],
  ['membre', 'membership'],
  ['adherent', 'membership'],
  ['member', 'membership'],
  ['fondateur', 'founding'],
  ['founder', 'founding'],
  ['mise en lien', 'introduction'],
  ['marche', 'contract'],
  ['contrat', 'contract'],
  ['prestation', 'contract'],
  ['laureat', 'award'],
  ['labellisation', 'label'],
]);

const SUPPORT = lexicon([
  ...SUPPORT_FORMS.flatMap((form): Array<[string, string]> => [
    [form.code, form.code],
    [form.fr, form.code],
    [form.en, form.code],
  ]),
  ['financement', 'direct-funding'],
  ['funding', 'direct-funding'],
  ['financier', 'direct-funding'],
  ['financiere', 'direct-funding'],
  ['subvention', 'direct-funding'],
  ['donnee', 'data'],
  ['outils', 'tools-resources'],
  ['ressources', 'tools-resources'],
  ['outils et ressources', 'tools-resources'],
  ['tools', 'tools-resources'],
  ['resources', 'tools-resources'],
  ['reseau', 'networks'],
  ['mise en reseau', 'networks'],
  ['network', 'networks'],
  ['networking', 'networks'],
  ['ingenierie', 'engineering'],
  ['engineering', 'engineering'],
  ['gouvernance', 'governance-dialogue'],
  ['dialogue', 'governance-dialogue'],
  ['governance', 'governance-dialogue'],
  ['visibilite', 'visibility'],
  ['communication', 'visibility'],
]);

// Regions merged in 2016: their former names and INSEE codes lead to the region they are part of.
const FORMER_REGIONS: Array<[string, string, string]> = [
  ['Alsace', '42', '44'],
  ['Lorraine', '41', '44'],
  ['Champagne-Ardenne', '21', '44'],
  ['Aquitaine', '72', '75'],
  ['Limousin', '74', '75'],
  ['Poitou-Charentes', '54', '75'],
  ['Auvergne', '83', '84'],
  ['Rhône-Alpes', '82', '84'],
  ['Bourgogne', '26', '27'],
  ['Franche-Comté', '43', '27'],
  ['Basse-Normandie', '25', '28'],
  ['Haute-Normandie', '23', '28'],
  ['Languedoc-Roussillon', '91', '76'],
  ['Midi-Pyrénées', '73', '76'],
  ['Nord-Pas-de-Calais', '31', '32'],
  ['Picardie', '22', '32'],
];

const REGION_NAMES = lexicon([
  ...REGIONS.flatMap((region): Array<[string, string]> => [
    [region.fr, region.code],
    [region.en, region.code],
  ]),
  ...FORMER_REGIONS.map(([name, , code]): [string, string] => [name, code]),
  ['Centre', '24'],
  ['Région Centre', '24'],
  ['PACA', '93'],
  ['IDF', '11'],
  ['Reunion', '04'],
  ['Guyane française', '03'],
  ['National', NATIONAL_SCOPE],
  ['Nationale', NATIONAL_SCOPE],
  ['France', NATIONAL_SCOPE],
  ['France entière', NATIONAL_SCOPE],
  ['FR', NATIONAL_SCOPE],
  ['National (France entière)', NATIONAL_SCOPE],
  ['National (all of France)', NATIONAL_SCOPE],
  ['Nationwide', NATIONAL_SCOPE],
]);
const REGION_CODES = new Set(REGIONS.map((region) => region.code));
const FORMER_CODES = new Map(FORMER_REGIONS.map(([, former, code]) => [former, code]));

const SDG_NAMES = lexicon(
  SDGS.flatMap((sdg) => [sdg.fr, sdg.en, ...sdg.aliases].map((name): [string, string] => [name, String(sdg.number)])),
);

/** How a value was recognised: a code of the app, and whether it was read from another form. */
export interface Recognised<T> {
  value: T;
  /** True when the text was not the code itself (a name, a former code…): the report lists it. */
  translated: boolean;
}

function fromLexicon(map: Lexicon, cell: unknown, extra?: Lexicon): Recognised<string> | null {
  const text = cellText(cell);
  const code = extra?.get(normalizeText(text)) ?? map.get(normalizeText(text));
  return code === undefined ? null : { value: code, translated: code !== text };
}

/** Lexicon of a file's own kinds or relations (`meta.kinds`), by code and names. */
export function ownLexicon(declared: Record<string, Names> | undefined): Lexicon | undefined {
  if (!declared) return undefined;
  return lexicon(
    Object.entries(declared).flatMap(([code, names]): Array<[string, string]> => [
      [code, code],
      [names.fr, code],
      [names.en, code],
    ]),
  );
}

export const recogniseKind = (cell: unknown, own?: Lexicon) => fromLexicon(KINDS, cell, own);
export const recogniseRelation = (cell: unknown, own?: Lexicon) => fromLexicon(RELATIONS, cell, own);
export const recogniseSupport = (cell: unknown) => fromLexicon(SUPPORT, cell);

export function recogniseRegion(cell: unknown): Recognised<string> | null {
  const text = cellText(cell);
  if (/^\d{1,2}$/.test(text)) {
    const code = text.padStart(2, '0');
    if (REGION_CODES.has(code)) return { value: code, translated: code !== text };
    const current = FORMER_CODES.get(code);
    if (current) return { value: current, translated: true };
  }
  return fromLexicon(REGION_NAMES, text);
}

export function recogniseSdg(cell: unknown): Recognised<number> | null {
  const text = cellText(cell);
  const match = /^(?:(?:odd|sdg|objectif|goal|o)\s*n?[°o.]?\s*)?(\d{1,2})$/i.exec(text.replace(/\s+/g, ' ').trim());
  const number = match ? Number(match[1]) : Number(SDG_NAMES.get(normalizeText(text)) ?? NaN);
  if (!Number.isInteger(number) || number < 1 || number > 17) return null;
  return { value: number, translated: String(number) !== text };
}

/** Whether an SDG name holds this text whole (`Industrie, innovation et infrastructure`). */
export function isSdgName(text: string): boolean {
  return SDG_NAMES.has(normalizeText(text));
}

const YES = new Set(['oui', 'yes', 'true', 'vrai', '1', 'o', 'y', 'x', 'directed', 'oriente', 'orientee', 'dirige']);
const NO = new Set(['non', 'no', 'false', 'faux', '0', 'n', 'undirected', 'non oriente', 'non orientee', 'mutual', 'mutuel', 'reciproque']);

/** Yes/no as people write it, or a direction (`Directed`/`Undirected`, Gephi's edge Type). */
export function recogniseYesNo(cell: unknown): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const word = normalizeText(cellText(cell));
  return YES.has(word) ? true : NO.has(word) ? false : null;
}
