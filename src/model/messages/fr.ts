// Problems of a data file in plain French, for the French interface: same codes and params as
// ./en.ts. Field names and values of the file stay as they are, in straight double quotes as in
// the file, so that readers find them there; the rest follows French typography (’, space before
// : ; ? and « » around other quoted text).
import type { Catalogue, DateField, DateForm, FoundKind, IdElement, SyntaxHint } from './codes';

const list = (values: readonly string[]): string => values.join(', ');
const didYouMean = (suggestion: string | undefined): string => (suggestion === undefined ? '' : ` (vouliez-vous dire "${suggestion}" ?)`);
const theFile = (file: string | undefined): string => (file === undefined ? 'ce fichier' : `le fichier « ${file} »`);

const HINTS: Record<SyntaxHint, string> = {
  'comma-before-closing': ' (le JSON n’accepte pas de virgule juste avant } ou ])',
  'single-quotes': ' (le JSON exige des guillemets doubles " autour des textes et des noms de champs)',
  'missing-comma': ' (manque-t-il une virgule juste avant ?)',
};

/**
 * The reasons JSON.parse gives (V8, Firefox, Safari), in French; an unknown wording is kept as
 * the engine gave it.
 */
const REASONS: readonly [RegExp, string | ((match: RegExpExecArray) => string)][] = [
  [/^expected ',' or '\}' after property value/i, 'une virgule ou } est attendue après la valeur'],
  [/^expected ',' or '\]' after array element/i, 'une virgule ou ] est attendue après l’élément de la liste'],
  [/^expected double-quoted property name/i, 'un nom de champ entre guillemets doubles est attendu'],
  [/^expected property name or '\}'/i, 'un nom de champ entre guillemets doubles ou } est attendu'],
  [/^expected ':' after property name/i, '« : » attendu après le nom du champ'],
  [
    /^(?:unexpected end of (?:JSON input|data)|end of data|unexpected EOF)/i,
    'le fichier s’arrête trop tôt (manque-t-il une accolade } ou un crochet ] à la fin ?)',
  ],
  [/^unterminated string/i, 'texte sans guillemet fermant'],
  [
    /^bad control character in string literal/i,
    'caractère interdit dans un texte (un retour à la ligne ou une tabulation s’écrit \\n ou \\t)',
  ],
  [
    /^(?:bad escaped character|bad unicode escape|bad escape)/i,
    'barre oblique inverse \\ mal employée dans un texte (pour écrire \\, doublez-la : \\\\)',
  ],
  [/^unexpected non-whitespace character after JSON/i, 'du texte en trop après la fin des données JSON'],
  [/^(?:no number after minus sign|exponent part is missing a number|unterminated fractional number|missing digits)/i, 'nombre mal écrit'],
  [/^unexpected token '?(.+?)'?$/i, (match) => `caractère « ${match[1] ?? ''} » inattendu`],
  [/^(?:unexpected|unrecognized) (?:token|character)/i, 'caractère inattendu'],
  [/^unexpected number/i, 'nombre inattendu'],
  [/^unexpected string/i, 'texte inattendu'],
  [/^unexpected identifier "?([^"]*)"?/i, (match) => `mot « ${match[1] ?? ''} » inattendu`],
  [/^expected '(.)'$/i, (match) => `« ${match[1] ?? ''} » attendu`],
];

function reasonInFrench(reason: string): string {
  for (const [pattern, wording] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return typeof wording === 'string' ? wording : wording(match);
  }
  return reason;
}

const SHAPES: Record<string, string> = {
  string: 'un texte entre guillemets doubles',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
  null: 'null',
};

/** `un entier de 1 à 17`, `un nombre positif ou nul`, `un texte entre guillemets doubles ou un nombre`. */
function expected(type: string, minimum: number | undefined, maximum: number | undefined): string {
  if ((type === 'integer' || type === 'number') && minimum !== undefined) {
    const noun = type === 'integer' ? 'un entier' : 'un nombre';
    if (maximum !== undefined) return `${noun} de ${minimum} à ${maximum}`;
    return minimum === 0 ? `${noun} positif ou nul` : `${noun} supérieur ou égal à ${minimum}`;
  }
  return type
    .split(',')
    .map((one) => SHAPES[one] ?? one)
    .join(' ou ');
}

function described(kind: FoundKind, found: string): string {
  switch (kind) {
    case 'list':
      return 'une liste';
    case 'object':
      return 'un objet';
    case 'text':
      return `le texte ${found}`;
    case 'number':
      return `le nombre ${found}`;
    default:
      return found;
  }
}

const DATE_FORMS: Record<DateForm, string> = {
  day: 'une date valide (AAAA-MM-JJ, par exemple 2026-11-29)',
  yearOrMonth: 'une année ou un mois valide (AAAA ou AAAA-MM, par exemple 2021 ou 2021-05)',
  yearMonthOrDay: 'une année, un mois ou un jour valide (AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple 2007 ou 2007-05-29)',
};

const DATE_FIELDS: Record<DateField, string> = {
  founded: 'la date de création',
  start: 'la date de début',
  end: 'la date de fin',
  updated: 'la date de mise à jour',
};

/** `identifiant d’acteur`. */
const ID_OF: Record<IdElement, string> = {
  source: 'identifiant de document',
  actor: 'identifiant d’acteur',
  alliance: 'identifiant d’alliance',
  story: 'identifiant de visite guidée',
};

const range = (p: { type: string; minimum?: number; maximum?: number; found: string }): string =>
  `doit être ${expected(p.type, p.minimum, p.maximum)} (trouvé : ${p.found})`;

export const fr: Catalogue = {
  'empty-file': (p) => `${theFile(p.file)} est vide (un fichier de données JSON est attendu)`,
  'html-file': (p) => `${theFile(p.file)} n’est pas du JSON : il ressemble à une page web (HTML) ; vérifiez l’adresse ou le fichier`,
  'json-syntax': (p) =>
    p.column === undefined
      ? `JSON invalide : ${reasonInFrench(p.reason)}`
      : `JSON invalide à la colonne ${p.column} : ${reasonInFrench(p.reason)}${p.hint === undefined ? '' : HINTS[p.hint]}`,

  'missing-field': (p) =>
    `${p.fields.length === 1 ? 'champ obligatoire manquant' : 'champs obligatoires manquants'} : ${p.fields.map((name) => `"${name}"`).join(', ')}`,
  'unknown-field': (p) => {
    if (p.suggestion !== undefined) return `champ inconnu "${p.field}"${didYouMean(p.suggestion)}`;
    if (p.attributes === true) return `champ inconnu "${p.field}" (mettez les autres informations dans "attributes")`;
    return `champ inconnu "${p.field}" (champs possibles : ${list(p.allowed ?? [])})`;
  },
  'wrong-type': (p) => `doit être ${expected(p.type, p.minimum, p.maximum)}, pas ${described(p.foundKind, p.found)}`,
  'must-equal': (p) => `doit être ${p.expected} (trouvé : ${p.found})`,
  'not-support-form': (p) =>
    `${p.value} n’est pas une forme de soutien (valeurs possibles : ${list(p.allowed)})${didYouMean(p.suggestion)}`,
  'not-allowed-value': (p) =>
    `${p.value} n’est pas une valeur autorisée (valeurs possibles : ${list(p.allowed)})${didYouMean(p.suggestion)}`,
  'empty-text': () => 'ne doit pas être vide',
  'blank-text': () => 'ne doit pas contenir que des espaces',
  'not-http-url': (p) =>
    `${p.value} n’est pas une adresse web valide (elle doit commencer par http:// ou https:// et ne contenir aucun espace)`,
  'bad-date': (p) => `${p.value} n’est pas ${DATE_FORMS[p.form]}`,
  'bad-language-code': (p) => `${p.value} n’est pas un code de langue valide (par exemple fr ou en)`,
  'bad-currency-code': (p) => `${p.value} n’est pas un code de devise valide (3 lettres majuscules, par exemple EUR)`,
  'bad-region-code': (p) =>
    `${p.value} n’est pas un code de région valide (un code de région INSEE à deux chiffres comme 24, ou FR pour la portée nationale)`,
  'bad-form': (p) => `${p.value} n’a pas la forme attendue (${p.title ?? p.pattern ?? ''})`,
  'sdg-range': range,
  'out-of-range': range,
  'too-few-items': (p) => `doit contenir au moins ${p.limit} ${p.limit === 1 ? 'élément' : 'éléments'}`,
  'duplicate-item': (p) => `${p.value} figure déjà dans cette liste`,
  'no-allowed-form': () => 'ne correspond à aucune des formes autorisées',
  'schema-rule': (p) => `ne respecte pas la règle "${p.keyword}" du format`,

  'duplicate-id': (p) => `${ID_OF[p.element]} "${p.id}" en double (déjà utilisé par ${p.first})`,
  'id-shared-with-actor': (p) =>
    `"${p.id}" est déjà l’identifiant d’un acteur (${p.actor}) ; une alliance doit avoir un identifiant différent de ceux des acteurs`,
  'not-real-date': (p) => `${DATE_FIELDS[p.field]} "${p.value}" n’existe pas dans le calendrier`,
  'implausible-year': (p) => `${DATE_FIELDS[p.field]} "${p.value}" n’est pas plausible (année attendue entre ${p.min} et ${p.max})`,
  'future-date': (p) => `${DATE_FIELDS[p.field]} "${p.value}" est dans le futur`,
  'end-before-start': (p) => `la date de fin "${p.end}" est antérieure à la date de début "${p.start}"`,
  'not-source-id': (p) =>
    `"${p.value}" n’est pas l’identifiant d’un document de meta.sources (${p.declared.length === 0 ? 'meta.sources ne déclare aucun document' : `documents déclarés : ${list(p.declared)}`})${didYouMean(p.suggestion)}`,
  'not-element-field': (p) =>
    `"${p.field}" n’est pas un champ de ${p.element === 'actor' ? 'cet acteur' : 'cette alliance'}${didYouMean(p.suggestion)}`,
  'not-list-item': (p) => `"${p.field}" ne désigne aucun élément de ${p.list} (il contient : ${list(p.items)})`,
  'not-actor-kind': (p) =>
    `"${p.value}" n’est pas un type d’acteur (valeurs possibles : ${list(p.allowed)} ; déclarez les nouveaux types dans meta.kinds)${didYouMean(p.suggestion)}`,
  'not-region': (p) =>
    `"${p.value}" n’est pas un code de région (attendu : un code de région INSEE parmi ${list(p.codes)}, ou ${p.national} pour la portée nationale)`,
  'not-actor-id': (p) => `"${p.value}" n’est pas l’identifiant d’un acteur${didYouMean(p.suggestion)}`,
  'not-relation': (p) =>
    `"${p.value}" n’est pas un type de relation (valeurs possibles : ${list(p.allowed)} ; déclarez les nouvelles relations dans meta.relations)${didYouMean(p.suggestion)}`,
  'focus-not-actor': (p) => `le focus "${p.focus}" n’est pas l’identifiant d’un acteur${didYouMean(p.suggestion)}`,
};
