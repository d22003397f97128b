import { describe, expect, it } from 'vitest';
import { checkKeys, type KeyCheckInput } from '../../scripts/i18n-check/check';

const fr = `export const fr = {
  app: {
    name: 'Carte',
    unused: 'Jamais affiché',
    items_one: '{{count}} élément',
    items_other: '{{count}} éléments',
  },
  panel: { legend: 'Légende', search: 'Recherche' },
  caption: { source: 'Source : {{title}}' },
};
`;
const en = fr.replace('fr =', 'en =').replace("'Carte'", "'Map'");

function check(sources: Record<string, string>, overrides: Partial<KeyCheckInput> = {}): string[] {
  return checkKeys({
    catalogues: [
      { lang: 'fr', path: 'src/i18n/fr.ts', text: fr },
      { lang: 'en', path: 'src/i18n/en.ts', text: en },
    ],
    sources: Object.entries(sources).map(([path, text]) => ({ path, text })),
    dynamicFamilies: ['panel.*'],
    familiesPath: 'scripts/check-i18n.ts',
    ...overrides,
  });
}

// Uses every fixture key but app.unused: by literal, plural count, template and direct read.
const header = `export const Header = ({ t, panel }) => (
  <h1 title={t(\`panel.\${panel}\`)}>
    {t('app.name')} {t('app.items', { count: 2 })}
  </h1>
);
`;
const caption = `import { fr } from '../i18n/fr';
export const source = fr.caption.source;
`;

describe('check-i18n', () => {
  it('reports a key used but missing, with its file and line, and a key used nowhere', () => {
    const problems = check({
      'src/ui/Header.tsx': header + "export const x = (t) => t('app.missing');\n",
      'src/export/caption.ts': caption,
    });
    expect(problems).toEqual([
      'src/ui/Header.tsx:6: "app.missing" is not in fr (src/i18n/fr.ts)',
      'src/ui/Header.tsx:6: "app.missing" is not in en (src/i18n/en.ts)',
      'src/i18n/fr.ts:4: "app.unused" is used nowhere (remove it from every catalogue)',
    ]);
  });

  it('accepts a key kept in a table and passed to t() later', () => {
    const table = "const KEYS = { a: 'app.unused' };\nexport const label = (t, k) => t(KEYS[k]);\n";
    expect(check({ 'src/ui/Header.tsx': header, 'src/export/caption.ts': caption, 'src/ui/table.ts': table })).toEqual([]);
  });

  it('reports a key in one language only, both ways', () => {
    const enOther = en.replace("name: 'Map',", "title: 'Map',");
    const problems = check(
      { 'src/ui/Header.tsx': header, 'src/export/caption.ts': caption, 'src/ui/table.ts': "t('app.unused')" },
      {
        catalogues: [
          { lang: 'fr', path: 'src/i18n/fr.ts', text: fr },
          { lang: 'en', path: 'src/i18n/en.ts', text: enOther },
        ],
      },
    );
    expect(problems).toEqual([
      'src/i18n/en.ts: "app.name" is in fr but not in en',
      'src/i18n/en.ts:3: "app.title" is in en but not in fr',
      'src/ui/Header.tsx:3: "app.name" is not in en (src/i18n/en.ts)',
    ]);
  });

  it('allows only declared key families, and reports a declared one built nowhere', () => {
    const sources = { 'src/ui/Header.tsx': header, 'src/export/caption.ts': caption, 'src/ui/x.ts': "t('app.unused'); t(`app.${k}`);" };
    expect(check(sources, { dynamicFamilies: ['panel.*', 'caption.*'] })).toEqual([
      'src/ui/x.ts:1: key family "app.*" is built from a code but not declared in scripts/check-i18n.ts',
      'scripts/check-i18n.ts: declared key family "caption.*" is built nowhere',
    ]);
    expect(check(sources, { dynamicFamilies: [] })).toContain(
      'src/i18n/fr.ts:8: "panel.legend" is used nowhere (remove it from every catalogue)',
    );
  });

  it('counts strings read straight from an imported catalogue, through declarations', () => {
    const byLanguage = `import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
const MESSAGES = { fr, en } as const;
export const text = (lang) => {
  const { caption } = MESSAGES[lang];
  return caption.source;
};
`;
    const sources = { 'src/ui/Header.tsx': header, 'src/ui/table.ts': "t('app.unused')" };
    expect(check({ ...sources, 'src/export/caption.ts': byLanguage })).toEqual([]);
    // The same code with a catalogue of another path reads nothing of these catalogues.
    expect(check({ ...sources, 'src/export/caption.ts': byLanguage.replaceAll('../i18n/', '../other/') })).toEqual([
      'src/i18n/fr.ts:9: "caption.source" is used nowhere (remove it from every catalogue)',
    ]);
  });
});
