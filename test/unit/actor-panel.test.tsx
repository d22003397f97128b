import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/types';
import { buildGraph, type AllianceGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { ActorPanel } from '../../src/ui/actor/ActorPanel';
import { actorAlliances, attributeText, formatPeriod, humanizeKey, safeHref, splitSdgs } from '../../src/ui/actor/describe';
import { textOn } from '../../src/view/contrast';
import { initTestI18n } from './helpers/i18n';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const graph = buildGraph(file);

initTestI18n();

const noop = () => undefined;

/** The panel as HTML, with the no-break spaces of French numbers as plain spaces. */
function render(id: string, lang: Lang = 'fr', on: AllianceGraph = graph): string {
  return renderToString(<ActorPanel graph={on} id={id} lang={lang} onSelect={noop} onFocus={noop} onClose={noop} />).replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
}

const count = (html: string, text: string) => html.split(text).length - 1;

describe('ActorPanel on the default dataset', () => {
  const html = render('villes-au-carre');

  it('renders the root and the actor', () => {
    expect(html).toContain('data-testid="actor-panel"');
    expect(html).toContain('Villes au Carré');
    expect(html).toContain('Catalyseur');
    expect(html).toContain('association');
    expect(html).toContain('Centre-Val de Loire');
    expect(html).toContain('Création');
    expect(html).toContain('Focus : lui et ses voisins');
    expect(html).toContain('actor-description-folded');
    expect(html).toContain('Lire la suite');
    expect(html).toContain('aria-label="Fermer la fiche de l’acteur"');
  });

  it('lists the partners as buttons, grouped by direction', () => {
    expect(html).toContain('data-testid="actor-partner-fonds-odd17"');
    expect(html).toContain('Fonds ODD17');
    expect(html).toContain('Soutiens reçus');
    expect(html).toContain('Soutiens apportés');
    expect(html).not.toContain('<h3>Partenariats');
    const received = html.indexOf('Soutiens reçus');
    const given = html.indexOf('Soutiens apportés');
    expect(html.indexOf('actor-partner-fonds-odd17')).toBeGreaterThan(received);
    expect(html.indexOf('actor-partner-fonds-odd17')).toBeLessThan(given);
    expect(html.indexOf('actor-partner-rncrpv')).toBeGreaterThan(given);
  });

  it('shows amounts, periods, relations and support forms in French', () => {
    expect(html).toContain('20 000 €');
    expect(html).toContain('94 000 €');
    expect(html).toContain('mai 2021 – juin 2022');
    expect(html).toContain('2018 – 2019');
    expect(html).toContain('depuis 2007');
    expect(html).toContain('Financement direct');
    expect(html).toContain('Dialogue de gouvernance');
    expect(html).toContain('Accompagnement');
    expect(html).toContain('Contribution'); // a relation declared in meta.relations
  });

  it('gives each partner test id once, even when the partner is in two groups', () => {
    expect(count(html, 'data-testid="actor-partner-adherents-villes-au-carre"')).toBe(1);
    expect(count(html, 'data-testid="actor-partner-fonds-odd17"')).toBe(1);
  });

  it('shows SDG badges, own and through alliances', () => {
    expect(html).toContain('Villes et communautés durables');
    expect(html).toContain('background:#3F7E44');
    const ademe = render('ademe');
    expect(ademe).toContain('Par ses alliances');
    expect(ademe).toContain('sdg-badge-via');
    expect(ademe).toContain('Mesures relatives à la lutte contre les changements climatiques');
  });

  it('shows attributes as text and sources with their document and fields', () => {
    const fonds = render('fonds-odd17');
    expect(fonds).toContain('Endowment');
    expect(fonds).toContain('1 500 000');
    expect(fonds).toContain('<li>Socle de connaissances partagées</li><li>Co-construction territoriale</li>');
    expect(fonds).toContain('<cite>PARTENAIRES</cite>');
    expect(fonds).toContain('co-créé en 2020 par Le RAMEAU');
    expect(fonds).toContain('À l’appui de : Nom, Catégorie, Création');
    expect(fonds).toContain('Sources (9)');
    // An http(s) attribute value stays text.
    expect(fonds).not.toContain('href="https://www.carenews.com');
  });

  it('shows a group node and its note', () => {
    const group = render('adherents-villes-au-carre');
    expect(group).toContain('Groupe de 23 acteurs');
    expect(group).toContain('non nommés dans le document');
    expect(render('coalition-etat')).toContain('Groupe d’acteurs');
  });

  it('speaks English on request', () => {
    const english = render('villes-au-carre', 'en');
    expect(english).toContain('Support received');
    expect(english).toContain('€20,000');
    expect(english).toContain('May 2021 – June 2022');
    expect(english).toContain('SDG17 Fund (Fonds ODD17)');
    expect(english).toContain('Direct funding');
    expect(english).toContain('since 2007');
  });

  it('survives an id that is not in the graph', () => {
    expect(render('nobody')).toContain('n’est pas dans le fichier ouvert');
  });
});

describe('ActorPanel with hostile or unusual data', () => {
  const hostile = buildGraph({
    format: 'alliance-map/1',
    meta: { title: 't', sources: [{ id: 'doc', title: 'Doc <b>bold</b>', url: 'javascript:alert(2)' }] },
    nodes: [
      {
        id: 'x',
        label: '<script>alert(1)</script>',
        kind: 'local-actor',
        url: 'javascript:alert(1)',
        description: '<img src=x onerror=alert(1)>',
        attributes: { note: '<a href="javascript:alert(3)">x</a>', list: ['a', 2, true], nested: { k: 'v' } },
        sources: [{ doc: 'doc', quote: '<i>q</i>' }],
      },
      { id: 'y', label: 'Y', kind: 'funder', url: 'https://example.org/y?a=1&b=2' },
      { id: 'z', label: 'Z', kind: 'unknown-kind' },
    ],
    edges: [
      { id: 'p', source: 'x', target: 'y', relation: 'partnership' },
      { id: 'u', source: 'z', target: 'x', relation: 'support', end: '2019' },
      { id: 'v', source: 'x', target: 'z', relation: 'custom-relation', start: '2020-03', end: '2020-03' },
    ],
  });
  const html = render('x', 'fr', hostile);

  it('never renders a non-http(s) url as a link', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('<a href="javascript');
    expect(html).toContain('javascript:alert(1)'); // shown as text
  });

  it('escapes every text of the file', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).not.toContain('<i>q</i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<li>a</li><li>2</li><li>oui</li>');
  });

  it('renders http(s) links in a new tab without opener', () => {
    expect(render('y', 'fr', hostile)).toContain('href="https://example.org/y?a=1&amp;b=2" target="_blank" rel="noopener noreferrer"');
  });

  it('puts partnerships apart, whatever their direction', () => {
    const partnerships = html.indexOf('<h3>Partenariats');
    expect(partnerships).toBeGreaterThan(-1);
    expect(html.indexOf('actor-partner-y')).toBeGreaterThan(partnerships);
    expect(html).toContain('jusqu’en 2019');
    expect(html).toContain('mars 2020');
    expect(html).not.toContain('mars 2020 – mars 2020');
    expect(html).toContain('custom-relation');
  });
});

describe('actor panel helpers', () => {
  it('safeHref keeps http(s) only', () => {
    expect(safeHref('https://a.org/x')).toBe('https://a.org/x');
    expect(safeHref(' HTTP://a.org ')).toBe('http://a.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'vbscript:x',
      '//evil.org',
      'ftp://a.org',
      'https://',
      '\u0001javascript:x',
      42,
      undefined,
      null,
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  it('formatPeriod', () => {
    const words = { since: (d: string) => `depuis ${d}`, until: (d: string) => `jusqu’en ${d}` };
    expect(formatPeriod('2021-05', '2022-06', 'fr', words)).toBe('mai 2021 – juin 2022');
    expect(formatPeriod('2020', undefined, 'fr', words)).toBe('depuis 2020');
    expect(formatPeriod(undefined, '2019', 'fr', words)).toBe('jusqu’en 2019');
    expect(formatPeriod('2020', '2020', 'fr', words)).toBe('2020');
    expect(formatPeriod(undefined, undefined, 'fr', words)).toBeNull();
  });

  it('humanizeKey and attributeText', () => {
    expect(humanizeKey('recentredOnCentreValDeLoire')).toBe('Recentred on centre val de loire');
    expect(humanizeKey('full_name')).toBe('Full name');
    expect(attributeText(['a', 'b'], 'fr', ['oui', 'non'])).toBe('a, b');
    expect(attributeText(1500000, 'fr', ['oui', 'non']).replace(/\s/g, ' ')).toBe('1 500 000');
    expect(attributeText(null, 'fr', ['oui', 'non'])).toBe('—');
    expect(attributeText({ a: 1 }, 'fr', ['oui', 'non'])).toBe('{"a":1}');
  });

  it('actorAlliances groups by direction and partner', () => {
    const groups = actorAlliances(graph, 'villes-au-carre', 'fr');
    const fonds = groups.received.find((group) => group.partnerId === 'fonds-odd17');
    // Undated first, then by start: the multiform support, the 2018-2019 engineering, the 2021-2022 funding.
    expect(fonds?.alliances.map((alliance) => alliance.id)).toEqual([
      'fonds-odd17-vac-support',
      'fonds-odd17-vac-engineering-2018-2019',
      'fonds-odd17-vac-funding-2021-2022',
    ]);
    expect(groups.given.map((group) => group.partnerId)).toContain('adherents-villes-au-carre');
    expect(actorAlliances(graph, 'fonds-odd17', 'fr').given.map((group) => group.partnerId)).toContain('persee3c');
    expect(groups.partnerships).toEqual([]);
    const total = [...groups.received, ...groups.given].reduce((sum, group) => sum + group.alliances.length, 0);
    expect(total).toBe(graph.degree('villes-au-carre'));
  });

  it('splitSdgs', () => {
    expect(splitSdgs(graph, 'ademe')).toEqual({ own: [], viaAlliances: [11, 13] });
    expect(splitSdgs(graph, 'villes-au-carre')).toEqual({ own: [10, 11, 13, 17], viaAlliances: [] });
  });

  it('badge numbers contrast with their colour', () => {
    expect(textOn('#FCC30B')).toBe('#1d2025');
    expect(textOn('#19486A')).toBe('#ffffff');
  });
});
