// Interface keys in step with the code (npm run lint): fails on a key used but missing from a
// catalogue, a key in one language only, or a key used nowhere. Run: tsx scripts/check-i18n.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKeys } from './i18n-check/check';
import type { CatalogueText, SourceText } from './i18n-check/syntax';

const CATALOGUES = [
  { lang: 'fr', path: 'src/i18n/fr.ts' }, // the reference
  { lang: 'en', path: 'src/i18n/en.ts' },
];

// Keys built from a code in t(`…${code}…`), one pattern per family (`*` is one key segment). The
// code is typed (a union of codes, or narrowed with isKeyOf), so the type check makes sure each
// built key exists; here every key a pattern matches counts as used.
const DYNAMIC_KEY_FAMILIES = [
  'filters.*.clear', // FiltersPanel: one per filter section
  'share.panel.*', // ShareDialog: the embed panels
  'legend.measure.*', // Legend: the size measures
  'legend.explain.*', // Legend: one sentence per measure and colour
  'legend.colour.*', // Legend: what the colours show
  'insight.view.*', // the view switch: map, table, summary
  'insight.tab.*', // the tables' tabs
  'insight.columns.*', // the tables' column headers
  'insight.charts.*', // the summary's chart titles
  'actor.fields.*', // SourceList: the data fields a source supports
  'partError.parts.*', // PartBoundary: the parts of the app that fail on their own
  'importer.field.*', // ColumnMappingDialog: the fields a column can fill
];

const read = (path: string): string => readFileSync(path, 'utf8');

const catalogues: CatalogueText[] = CATALOGUES.map(({ lang, path }) => ({ lang, path, text: read(path) }));
const sources: SourceText[] = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((name) => join('src', name))
  .filter((path) => /\.tsx?$/.test(path) && !path.endsWith('.d.ts') && !CATALOGUES.some((catalogue) => catalogue.path === path))
  .sort()
  .map((path) => ({ path, text: read(path) }));

const problems = checkKeys({ catalogues, sources, dynamicFamilies: DYNAMIC_KEY_FAMILIES, familiesPath: 'scripts/check-i18n.ts' });
for (const problem of problems) console.error(problem);
console.log(
  problems.length === 0
    ? `i18n keys: ${sources.length} source files agree with ${catalogues.map((c) => c.lang).join(', ')}`
    : `i18n keys: ${problems.length} problem(s)`,
);
process.exit(problems.length === 0 ? 0 : 1);
