import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sdgByNumber } from '../../src/domain/sdgs';
import { buildSvg } from '../../src/export/svg';
import { toElements } from '../../src/map/elements';
import { buildSigmaGraph } from '../../src/map/sigma/sigmaGraph';
import { mapStylesheet } from '../../src/map/stylesheet';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { computeAppearance } from '../../src/view/appearance';
import { readingColour, readingsOnly, statedOnly } from '../../src/view/stated';
import { THEME } from '../../src/view/theme';
import { input, seed } from './helpers/exportScene';
import { byId, elements, parseXml, textOf } from './helpers/xml';

const readings = readingsOnly(seed.graph);
const base = computeAppearance(seed.graph, 'fr');
const stated = statedOnly(base, readings);
const actor = (appearance: typeof base, id: string) => appearance.actors.find((candidate) => candidate.id === id)!;
const alliance = (appearance: typeof base, id: string) => appearance.alliances.find((candidate) => candidate.id === id)!;
const colour = (sdg: number) => sdgByNumber(sdg)!.colour;

describe('readingsOnly on the default map', () => {
  it('finds the kinds, SDGs, relations and support forms that rest on readings alone', () => {
    expect(readings.actors).toEqual(new Set());
    expect(readings.kinds).toEqual(new Set(['le-rameau', 'adherents-villes-au-carre', 'acteurs-plateforme-dialogue']));
    expect(readings.sdgs.get('villes-au-carre')).toEqual(new Set([10, 11, 13]));
    expect(readings.sdgs.get('ademe')).toEqual(new Set([11, 13]));
    // SDG 17 comes to the catalysts network only through a reading; to Le RAMEAU through quotes.
    expect(readings.sdgs.get('reseau-des-catalyseurs')).toEqual(new Set([17]));
    expect(readings.sdgs.has('le-rameau')).toBe(false);
    expect([...readings.alliances].sort()).toEqual(
      ['bailleurs-sociaux', 'collectivites', 'etat', 'reseaux-professionnels', 'universites'].map((who) => `coalition-${who}-vac-founding`),
    );
    expect(readings.support).toEqual(new Set(['vac-cosoter-contribution']));
  });

  it('never fades a fact that has no citation at all: only readings fade', () => {
    const file: DataFile = {
      format: 'alliance-map/1',
      meta: { title: 'T' },
      nodes: [{ id: 'a', label: 'A', kind: 'funder', sdgs: [13] }],
      edges: [{ id: 'e', source: 'a', target: 'a', relation: 'funding', support: ['data'] }],
    };
    const none = readingsOnly(buildGraph(file));
    expect([none.actors.size, none.kinds.size, none.sdgs.size, none.alliances.size, none.support.size]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('statedOnly', () => {
  it('fades the colours of readings over the paper and leaves the rest as it is', () => {
    const vac = actor(stated, 'villes-au-carre');
    expect(vac.colour).toBe(actor(base, 'villes-au-carre').colour);
    expect(vac.sdgs).toEqual([10, 11, 13, 17]);
    expect(vac.sdgColours).toEqual([readingColour(colour(10)), readingColour(colour(11)), readingColour(colour(13)), colour(17)]);
    expect(actor(stated, 'le-rameau').colour).toBe(readingColour(actor(base, 'le-rameau').colour));
    expect(alliance(stated, 'coalition-etat-vac-founding').colour).toBe(readingColour(THEME.noSupportColour));
    expect(alliance(stated, 'vac-cosoter-contribution').colour).toBe(readingColour(THEME.supportForms['tools-resources'].colour));
    expect(alliance(stated, 'fonds-odd17-vac-support')).toBe(alliance(base, 'fonds-odd17-vac-support'));
    expect(actor(stated, 'fonds-odd17')).toBe(actor(base, 'fonds-odd17'));
    // Lighter, as a person sees it: every channel moves towards the paper.
    expect(parseInt(readingColour('#3F7E44').slice(1, 3), 16)).toBeGreaterThan(0x3f);
  });

  it('reaches both drawings and the exported picture', () => {
    const positions = Object.fromEntries(seed.file.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
    const faded = readingColour(actor(base, 'le-rameau').colour);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(stated, positions), style: mapStylesheet(22) });
    const hex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    expect(hex(cy.$id('le-rameau').style('background-color') as string)).toBe(faded);
    expect(buildSigmaGraph(stated, positions).getNodeAttribute('le-rameau', 'color')).toBe(faded);
    const svg = parseXml(buildSvg(input(seed, {}, { appearance: stated, stated: true })));
    const fills = elements(byId(svg, 'actors'), 'path').map((path) => path.attributes.fill);
    expect(fills).toContain(faded);
    expect(fills).toContain(readingColour(colour(13)));
    // Its legend says what faded means, and still names the goals and forms drawn faded.
    const legend = textOf(byId(svg, 'legend'));
    expect(legend).toContain('Estompés : les éléments et les couleurs qui ne reposent que sur des lectures');
    expect(legend).toContain('ODD 10 · Inégalités réduites');
    expect(legend).toContain('Outils & Ressources');
    const plain = parseXml(buildSvg(input(seed)));
    expect(elements(byId(plain, 'actors'), 'path').map((path) => path.attributes.fill)).not.toContain(faded);
    expect(textOf(byId(plain, 'legend'))).not.toContain('Estompés');
  });
});
