import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/types';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { ActorPanel } from '../../src/ui/actor/ActorPanel';
import { fieldName } from '../../src/ui/actor/describe';
import { ProvenanceMark } from '../../src/ui/actor/ProvenanceMark';
import { initTestI18n } from './helpers/i18n';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const graph = buildGraph(file);
const noop = () => undefined;
initTestI18n();

function render(id: string, lang: Lang = 'fr'): string {
  return renderToString(<ActorPanel graph={graph} id={id} lang={lang} onSelect={noop} onFocus={noop} onClose={noop} />);
}

/** The provenance mark rendered right after a piece of markup, e.g. `data-sdg="13"`. */
function markAfter(html: string, anchor: string): string {
  const at = html.indexOf(anchor);
  expect(at, anchor).toBeGreaterThanOrEqual(0);
  const start = html.indexOf('<span class="prov prov-', at);
  return html.slice(start, html.indexOf('</span></span>', start) + '</span></span>'.length);
}

describe('provenance in the actor panel', () => {
  it('marks each SDG of Villes au Carré: 17 quoted, 10, 11 and 13 readings with their reasons', () => {
    const html = render('villes-au-carre');
    const sdg17 = markAfter(html, 'data-sdg="17"');
    expect(sdg17).toContain('data-provenance="stated"');
    expect(sdg17).toContain('aria-label="ODD 17 : ce que dit la source"');
    expect(sdg17).toContain('dans la lignée de l&#x27;Objectif de Développement Durable 17');
    const sdg13 = markAfter(html, 'data-sdg="13"');
    expect(sdg13).toContain('data-provenance="reading"');
    expect(sdg13).toContain('>lecture<');
    expect(sdg13).toContain('aria-label="ODD 13 : une lecture de l’auteur de la carte"');
    expect(sdg13).toContain('lue comme l&#x27;ODD 13 (lutte contre les changements climatiques)');
    expect(sdg13).toContain('D’après');
    expect(sdg13).toContain('en réponse à la pression croissante des enjeux climatiques');
    // The note is in the page for screen readers (aria-describedby), shown on hover, focus or tap.
    expect(sdg13).toMatch(/aria-describedby="([^"]+)"[^]*id="\1" role="tooltip" class="prov-tip"/);
  });

  it('marks the name, kind, category, territory, creation and attributes', () => {
    const html = render('villes-au-carre');
    for (const name of ['Nom', 'Type', 'Catégorie', 'Territoire', 'Création', 'Vision']) {
      expect(html).toContain(`aria-label="${name} : ce que dit la source"`);
    }
    const rameau = render('le-rameau');
    expect(rameau).toContain('aria-label="Type : une lecture de l’auteur de la carte"');
    expect(rameau).toContain('il est lu comme une structure d&#x27;appui');
  });

  it('marks the facts of each alliance: a founding read, a support form read, an engineering support quoted', () => {
    const vac = render('villes-au-carre');
    expect(markAfter(vac, 'data-alliance-id="coalition-etat-vac-founding"')).toContain('aria-label="Relation : une lecture');
    const engineering = vac.slice(vac.indexOf('data-alliance-id="fonds-odd17-vac-engineering-2018-2019"'));
    expect(markAfter(engineering, 'Période')).toContain('Participation en 2018/2019 au parcours d&#x27;expérience');
    expect(engineering).toContain('aria-label="Apport en ingénierie : ce que dit la source"');
    const cosoter = render('cosoter');
    expect(cosoter).toContain('aria-label="Outils &amp; Ressources : une lecture de l’auteur de la carte"');
  });

  it('speaks English with lang=en, the quotes staying in French', () => {
    const html = render('villes-au-carre', 'en');
    expect(html).toContain('aria-label="SDG 13: a reading by the map’s author"');
    expect(html).toContain('>reading<');
    expect(html).toContain('lang="fr"');
  });

  it('says nothing of a fact no citation supports', () => {
    const none = renderToString(
      <ProvenanceMark sources={[{ doc: 'seed', quote: 'q', fields: ['label'] }]} fact="kind" name="Type" meta={file.meta} lang="fr" />,
    );
    expect(none).toBe('');
  });

  it('names the fields a citation supports in the reader’s words', () => {
    const words = (key: string) => `<${key}>`;
    expect(
      ['sdgs.13', 'support.engineering', 'regions.24', 'attributes.fieldsOfAction', 'vision', 'kind'].map((field) =>
        fieldName(field, 'fr', words),
      ),
    ).toEqual(['ODD 13', 'Apport en ingénierie', 'Centre-Val de Loire', 'Fields of action', 'Vision', '<kind>']);
  });
});
