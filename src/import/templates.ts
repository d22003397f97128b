// The spreadsheet templates offered to download (public/templates/, written by
// `npm run templates`): the columns the importer recognises and two example rows, in French (for
// French Excel: `;`, decimal commas) or in English.
import type { Lang } from '../domain/types';
import { COLUMN_TITLES, type Field } from './fields';
import type { TableKind } from './types';

const ACTOR_COLUMNS: Field[] = ['label', 'kind', 'category', 'regions', 'sdgs', 'url', 'founded', 'description'];
const ALLIANCE_COLUMNS: Field[] = ['source', 'target', 'relation', 'support', 'amount', 'start', 'end', 'sdgs', 'description'];

const EXAMPLES: Record<Lang, Record<TableKind, string[][]>> = {
  fr: {
    actors: [
      [
        'Fonds Exemple',
        'Financeur',
        'fondation',
        'National',
        '17',
        'https://www.example.org',
        '2020',
        'Fonds qui soutient les alliances du territoire',
      ],
      [
        'Association Exemple',
        'Catalyseur',
        'association',
        'Centre-Val de Loire',
        'ODD 10 ; ODD 17',
        '',
        '29/05/2007',
        'Catalyseur territorial',
      ],
    ],
    alliances: [
      [
        'Fonds Exemple',
        'Association Exemple',
        'Financement',
        'Financement direct ; Valorisation',
        '20 000 €',
        '05/2021',
        '06/2022',
        '17',
        'Financement du temps de capitalisation',
      ],
      ['Association Exemple', 'Fonds Exemple', 'Partenariat', 'Réseaux', '', '2022', '', '17', ''],
    ],
  },
  en: {
    actors: [
      [
        'Example Fund',
        'Funder',
        'foundation',
        'National',
        '17',
        'https://www.example.org',
        '2020',
        'A fund supporting the alliances of the territory',
      ],
      ['Example Association', 'Catalyst', 'association', 'Centre-Val de Loire', 'SDG 10; SDG 17', '', '2007-05-29', 'Territorial catalyst'],
    ],
    alliances: [
      [
        'Example Fund',
        'Example Association',
        'Funding',
        'Direct funding; Visibility',
        '€20,000',
        '2021-05',
        '2022-06',
        '17',
        'Funds the time to capitalise experience',
      ],
      ['Example Association', 'Example Fund', 'Partnership', 'Networks', '', '2022', '', '17', ''],
    ],
  },
};

/** A template table: header row (column names in the language) then the example rows. */
export function templateRows(kind: TableKind, lang: Lang): string[][] {
  const columns = kind === 'actors' ? ACTOR_COLUMNS : ALLIANCE_COLUMNS;
  const header = columns.map((field) => COLUMN_TITLES[kind][field]?.[lang] ?? field);
  return [header, ...EXAMPLES[lang][kind]];
}

/** Sheet names of the template workbook. */
export const TEMPLATE_SHEETS: Record<Lang, Record<TableKind, string>> = {
  fr: { actors: 'Acteurs', alliances: 'Alliances' },
  en: { actors: 'Actors', alliances: 'Alliances' },
};

/** A CSV file as the spreadsheet of the language saves it: BOM, `;` in French, `,` in English, CRLF. */
export function templateCsv(rows: readonly string[][], lang: Lang): string {
  const separator = lang === 'fr' ? ';' : ',';
  const cell = (value: string) => (/[";,\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\uFEFF${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}
