// The import report as lines of text: what `npm run validate` and `npm run convert` print.
import type { Lang } from '../domain/types';
import { noteWords, placeText } from './messages';
import type { Note, NoteCode, ImportReport } from './report';
import type { ColumnUse } from './fields';

/** The sections of a report, in the order they are shown. */
export const SECTIONS: Array<{ id: 'skipped' | 'unrecognised' | 'recognised'; codes: NoteCode[] }> = [
  { id: 'skipped', codes: ['actor-skipped', 'alliance-skipped', 'file-unreadable'] },
  {
    id: 'unrecognised',
    codes: [
      'value-unrecognised',
      'value-refused',
      'actor-added',
      'kind-default',
      'relation-default',
      'code-declared',
      'id-renamed',
      'label-from-id',
    ],
  },
  { id: 'recognised', codes: ['value-recognised'] },
];

export function notesOf(report: ImportReport, section: (typeof SECTIONS)[number]['id']): Note[] {
  const codes = SECTIONS.find((entry) => entry.id === section)?.codes ?? [];
  return report.notes.filter((note) => codes.includes(note.code));
}

export function columnUseText(use: ColumnUse, lang: Lang): string {
  if ('field' in use) return use.field;
  if ('attribute' in use) return lang === 'fr' ? `attribut « ${use.attribute} »` : `attribute "${use.attribute}"`;
  return lang === 'fr' ? 'ignorée' : 'ignored';
}

const FORMAT_NAMES: Record<ImportReport['format'], string> = {
  csv: 'CSV',
  xlsx: 'Excel (.xlsx)',
  ods: 'OpenDocument (.ods)',
  gexf: 'GEXF',
  graphml: 'GraphML',
  'graphology-json': 'graphology JSON',
  'cytoscape-json': 'Cytoscape.js JSON',
};

export function formatName(format: ImportReport['format']): string {
  return FORMAT_NAMES[format];
}

/** The report in English lines, for the command line. */
export function reportLines(report: ImportReport): string[] {
  const lines = [`read as ${formatName(report.format)}: ${report.actors} actors, ${report.alliances} alliances`];
  for (const table of report.tables) {
    const where = `${table.file}${table.sheet ? `, sheet ${table.sheet}` : ''}`;
    const columns = table.columns
      .map((column) => `${column.name} → ${columnUseText(column.use, 'en')}${column.private ? ' (private)' : ''}`)
      .join('; ');
    lines.push(`${table.kind} from ${where} (${table.rows} rows): ${columns}`);
  }
  for (const section of SECTIONS) {
    for (const note of notesOf(report, section.id)) {
      const words = noteWords(note, 'en');
      const where = placeText(note, 'en');
      lines.push(
        `${section.id}: ${where ? `${where}: ` : ''}${words.what}${note.count > 1 && note.rows.length === 0 && note.items.length === 0 ? ` (${note.count} times)` : ''}${words.fix ? ` Fix: ${words.fix}` : ''}`,
      );
    }
  }
  return lines;
}
