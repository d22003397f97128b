// The import report in words, in French and English: each note as what happened and, where the
// user has something to fix, how. The command line prints the English; the app the reader's language.
import type { Lang } from '../domain/types';
import { problemMessage } from '../model/messages';
import type { Note } from './report';
import type { RefusalReason } from './run';
import type { Place } from './types';

const q = (lang: Lang, text: string) => (lang === 'fr' ? `« ${text} »` : `"${text}"`);

function list(values: readonly (number | string)[], count: number, lang: Lang): string {
  const more = count - values.length;
  const shown = values.join(', ');
  return more > 0 ? `${shown} ${lang === 'fr' ? `et ${more} autres` : `and ${more} more`}` : shown;
}

/** `acteurs.csv, sheet Acteurs, rows 4, 9, column "type"`. */
export function placeText(note: Pick<Note, 'place' | 'rows' | 'items' | 'count'>, lang: Lang): string {
  const { place } = note;
  const parts: string[] = [];
  if (place.file) parts.push(place.file);
  if (place.sheet) parts.push(`${lang === 'fr' ? 'feuille' : 'sheet'} ${place.sheet}`);
  if (note.items.length > 0)
    parts.push(
      `${lang === 'fr' ? (note.items.length > 1 ? 'éléments' : 'élément') : note.items.length > 1 ? 'items' : 'item'} ${list(note.items, note.count, lang)}`,
    );
  else if (note.rows.length > 0)
    parts.push(
      `${lang === 'fr' ? (note.rows.length > 1 ? 'lignes' : 'ligne') : note.rows.length > 1 ? 'rows' : 'row'} ${list(note.rows, note.count, lang)}`,
    );
  if (place.column) parts.push(`${lang === 'fr' ? 'colonne' : 'column'} ${q(lang, place.column)}`);
  return parts.join(', ');
}

export function placeOf(place: Place, lang: Lang): string {
  return placeText(
    { place, rows: place.row === undefined ? [] : [place.row], items: place.item === undefined ? [] : [place.item], count: 1 },
    lang,
  );
}

export interface NoteWords {
  what: string;
  fix?: string;
}

/** What a note says, and what to fix when there is something to fix. */
export function noteWords(note: Note, lang: Lang): NoteWords {
  const fr = lang === 'fr';
  const value = note.value ?? '';
  const field = note.params.field ?? '';
  const as = note.params.as ?? '';
  switch (note.code) {
    case 'actor-skipped':
      return fr
        ? { what: 'ligne ignorée : ni nom ni identifiant', fix: 'Donnez un nom à l’acteur, ou supprimez la ligne.' }
        : { what: 'row skipped: neither name nor id', fix: 'Give the actor a name, or delete the row.' };
    case 'alliance-skipped':
      return fr
        ? {
            what: `ligne ignorée : il manque l’acteur ${field === 'source' ? 'source (de)' : field === 'target' ? 'cible (vers)' : 'source et l’acteur cible'}`,
            fix: 'Indiquez les deux acteurs de l’alliance, par leur nom ou leur identifiant.',
          }
        : {
            what: `row skipped: the ${field === 'source, target' ? 'source and target actors are' : `${field} actor is`} missing`,
            fix: 'Name both actors of the alliance, by name or id.',
          };
    case 'value-recognised':
      return { what: fr ? `${q(lang, value)} lu comme ${q(lang, as)} (${field})` : `${q(lang, value)} read as ${q(lang, as)} (${field})` };
    case 'value-unrecognised':
      return fr
        ? {
            what: `${q(lang, value)} n’est pas une valeur reconnue pour ${field} : ${note.params.kept === 'empty' ? 'laissée vide' : 'gardée comme attribut'}`,
            fix: `Corrigez la valeur (voir les valeurs reconnues dans docs/import.md).`,
          }
        : {
            what: `${q(lang, value)} is not a value recognised for ${field}: ${note.params.kept === 'empty' ? 'left empty' : 'kept as an attribute'}`,
            fix: 'Correct the value (see the recognised values in docs/import.md).',
          };
    case 'code-declared':
      return fr
        ? {
            what: `${q(lang, value)} n’est pas un ${field === 'kind' ? 'type d’acteur' : 'type de relation'} de l’application : déclaré comme nouveau type ${q(lang, as)}`,
            fix: 'Si c’est une faute de frappe, corrigez-la ; sinon rien à faire.',
          }
        : {
            what: `${q(lang, value)} is not a built-in ${field === 'kind' ? 'kind of actor' : 'relation'}: declared as a new one, ${q(lang, as)}`,
            fix: 'If it is a typo, correct it; otherwise nothing to do.',
          };
    case 'kind-default':
      return fr
        ? { what: 'sans type : acteur local', fix: 'Ajoutez une colonne « type » (Catalyseur, Financeur, Acteur local).' }
        : { what: 'no kind: local actor', fix: 'Add a "kind" column (Catalyst, Funder, Local actor).' };
    case 'relation-default':
      return fr
        ? {
            what: `sans relation : ${as === 'partnership' ? 'partenariat (le fichier dit les liens non orientés)' : 'accompagnement'}`,
            fix: 'Ajoutez une colonne « relation » (Financement, Accompagnement, Partenariat…).',
          }
        : {
            what: `no relation: ${as === 'partnership' ? 'partnership (the file says its links are undirected)' : 'support'}`,
            fix: 'Add a "relation" column (Funding, Support, Partnership…).',
          };
    case 'label-from-id':
      return fr
        ? { what: `sans nom : l’identifiant ${q(lang, value)} sert de nom` }
        : { what: `no name: the id ${q(lang, value)} is used as name` };
    case 'actor-added':
      return fr
        ? {
            what: `${q(lang, value)} n’est pas dans la table des acteurs : ajouté comme acteur local`,
            fix: 'Ajoutez-le à la table des acteurs, ou corrigez son nom s’il y est écrit autrement.',
          }
        : {
            what: `${q(lang, value)} is not in the actors table: added as a local actor`,
            fix: 'Add it to the actors table, or correct its name if it is written differently there.',
          };
    case 'id-renamed':
      return field === 'alliance'
        ? fr
          ? { what: 'identifiant d’alliance déjà pris (par un acteur ou une autre alliance) : un autre lui est donné' }
          : { what: 'alliance id already used (by an actor or another alliance): it was given another' }
        : fr
          ? {
              what: `identifiant ${q(lang, value)} déjà pris : renommé ${q(lang, as)}`,
              fix: 'Donnez à chaque acteur un identifiant différent.',
            }
          : { what: `id ${q(lang, value)} already used: renamed ${q(lang, as)}`, fix: 'Give each actor a different id.' };
    case 'value-refused': {
      const why = note.params.problem ? problemMessage(note.params.problem, lang) : '';
      return fr
        ? { what: `${field} refusé (${why}) : gardé comme attribut`, fix: 'Corrigez la valeur dans le fichier.' }
        : { what: `${field} refused (${why}): kept as an attribute`, fix: 'Correct the value in the file.' };
    }
    case 'file-unreadable':
      return { what: note.params.reason ?? '' };
  }
}

/** Why a whole input was refused, in words. */
export function refusalText(reason: RefusalReason, detail: string, lang: Lang): string {
  const fr = lang === 'fr';
  switch (reason) {
    case 'too-large':
      return fr ? 'le fichier, une fois décompressé, dépasse 64 Mo : il est refusé' : 'the file expands to more than 64 MB: it is refused';
    case 'not-a-workbook':
      return fr ? 'ce n’est pas un classeur .xlsx ou .ods lisible' : 'this is not a readable .xlsx or .ods workbook';
    case 'xml-entities':
      return fr
        ? 'le fichier XML déclare des entités (<!ENTITY>) : refusé par sécurité'
        : 'the XML file declares entities (<!ENTITY>): refused for safety';
    case 'xml-syntax':
      return fr ? `XML mal formé : ${detail}` : `malformed XML: ${detail}`;
    case 'no-graph':
      return fr ? `aucun graphe lisible : ${detail}` : `no readable graph: ${detail}`;
    case 'no-table':
      return fr ? 'le classeur n’a aucune feuille remplie' : 'the workbook has no sheet with data';
    case 'mixed-files':
      return fr
        ? 'ouvrez un seul fichier, ou deux fichiers CSV ensemble (acteurs et alliances)'
        : 'open one file, or two CSV files together (actors and alliances)';
    case 'native-json':
      return fr ? 'fichier JSON Alliance Map : il s’ouvre directement' : 'an Alliance Map JSON file: it opens directly';
    case 'unknown-format':
      return fr
        ? 'format non reconnu (formats lus : CSV, .xlsx, .ods, GEXF, GraphML, JSON Alliance Map, graphology ou Cytoscape.js)'
        : 'format not recognised (formats read: CSV, .xlsx, .ods, GEXF, GraphML, Alliance Map, graphology or Cytoscape.js JSON)';
  }
}
