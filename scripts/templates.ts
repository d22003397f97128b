// Writes the spreadsheet templates the app and the README offer: `npm run templates`.
// public/templates/: modele-acteurs.csv, modele-alliances.csv, modele-carte.xlsx and .ods (French),
// template-actors.csv, template-alliances.csv, template-map.xlsx and .ods (English).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { utils, write } from '@e965/xlsx';
import { LANGS } from '../src/domain/langs';
import { TEMPLATE_SHEETS, templateCsv, templateRows } from '../src/import/templates';
import { TEMPLATE_FILES } from '../src/ui/import/templates';

const DIR = 'public/templates';
mkdirSync(DIR, { recursive: true });
for (const lang of LANGS) {
  const files = TEMPLATE_FILES[lang];
  writeFileSync(join(DIR, files.actors), templateCsv(templateRows('actors', lang), lang));
  writeFileSync(join(DIR, files.alliances), templateCsv(templateRows('alliances', lang), lang));
  const book = utils.book_new();
  for (const kind of ['actors', 'alliances'] as const)
    utils.book_append_sheet(book, utils.aoa_to_sheet(templateRows(kind, lang)), TEMPLATE_SHEETS[lang][kind]);
  for (const [bookType, name] of [
    ['xlsx', files.xlsx],
    ['ods', files.ods],
  ] as const) {
    // No dates in the file's properties: the same templates give the same bytes.
    writeFileSync(join(DIR, name), write(book, { bookType, type: 'buffer', compression: true }) as Buffer);
  }
  console.log(
    `templates: ${Object.values(files)
      .map((file) => join(DIR, file))
      .join(', ')}`,
  );
}
