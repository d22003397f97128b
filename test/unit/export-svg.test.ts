import { describe, expect, it } from 'vitest';
import { LEGEND_WIDTH, buildSvg, buildSvgDocument } from '../../src/export/svg';
import { captionText, legendText } from '../../src/export/texts';
import type { DataFile } from '../../src/model/types';
import { THEME } from '../../src/view/theme';
import { input, load, read, scene, seed, small } from './helpers/exportScene';
import { byId, elements, mapLabels, parseXml, textOf, type XmlElement } from './helpers/xml';

// The SVG picture of a view: what it draws, in which language, escaped, at which size.

describe('buildSvg', () => {
  it('is well-formed standalone SVG with the SVG namespace and the map viewBox', () => {
    const svg = buildSvg(input(seed));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const map = elements(root, 'svg')[1];
    const { viewport } = scene(seed);
    const [x, y, w, h] = (map?.attributes.viewBox ?? '').split(' ').map(Number);
    expect(x).toBeCloseTo(viewport.x1, 1);
    expect(y).toBeCloseTo(viewport.y1, 1);
    expect(w).toBeCloseTo(viewport.x2 - viewport.x1, 1);
    expect(h).toBeCloseTo(viewport.y2 - viewport.y1, 1);
    expect(map?.attributes.width).toBe(String(viewport.widthPx));
  });

  it('draws every visible actor with its label, and no hidden one', () => {
    const data = seed;
    const filtered = input(data, { kind: ['catalyst', 'funder'] });
    const root = parseXml(buildSvg(filtered));
    const labels = mapLabels(root);
    const visibleActors = filtered.appearance.actors.filter((actor) => filtered.visibility.visibleNodeIds.has(actor.id));
    const hiddenActors = filtered.appearance.actors.filter((actor) => !filtered.visibility.visibleNodeIds.has(actor.id));
    expect(visibleActors.length).toBeGreaterThan(0);
    expect(hiddenActors.length).toBeGreaterThan(0);
    expect(labels.sort()).toEqual(visibleActors.map((actor) => actor.label).sort());
    // One shape group per visible actor, one path group per visible alliance.
    expect(byId(root, 'actors').children).toHaveLength(visibleActors.length);
    expect(byId(root, 'alliances').children).toHaveLength(filtered.visibility.visibleEdgeIds.size);
  });

  it('draws filtered-out elements at low opacity when they fade', () => {
    const faded = input(seed, { kind: ['catalyst'], filtered: 'fade' });
    const root = parseXml(buildSvg(faded));
    expect(mapLabels(root)).toHaveLength(faded.appearance.actors.length);
    const actorGroups = byId(root, 'actors').children as XmlElement[];
    const hiddenCount = faded.appearance.actors.length - faded.visibility.visibleNodeIds.size;
    expect(actorGroups.filter((group) => group.attributes.opacity === String(THEME.faded.opacity))).toHaveLength(hiddenCount);
    expect(textOf(byId(root, 'legend'))).toContain('En transparence');
  });

  it('has the legend (kinds in use, group, SDG ring, SDGs, support forms, arrows) and the caption', () => {
    const root = parseXml(buildSvg(input(seed)));
    const legend = textOf(byId(root, 'legend'));
    for (const words of [
      'Légende',
      'Catalyseur',
      'Financeur',
      'Groupe d’acteurs',
      'Anneau',
      'ODD 17',
      'Financement direct',
      'Plusieurs formes de soutien',
      'La flèche suit le soutien',
    ]) {
      expect(legend).toContain(words);
    }
    const caption = textOf(byId(root, 'caption'));
    expect(caption).toContain(seed.file.meta.title);
    expect(caption).toContain('Source : PARTENAIRES');
    expect(caption).toContain('Données du 6 décembre 2026');
    const link = elements(byId(root, 'caption'), 'a')[0];
    expect(link?.attributes.href).toBe('https://example.org/carte/?sdg=17&lang=fr');
    expect(textOf(link ?? '').replace(/\s/g, '')).toBe('https://example.org/carte/?sdg=17&lang=fr');
  });

  it('speaks English with lang=en', () => {
    const root = parseXml(buildSvg(input(seed, {}, { lang: 'en', legend: legendText('en'), caption: captionText('en', '') })));
    expect(textOf(byId(root, 'legend'))).toContain('Legend');
    expect(textOf(byId(root, 'caption'))).toContain('Data of 6 December 2026');
    expect(elements(byId(root, 'caption'), 'a')).toHaveLength(0);
  });

  it('escapes data text: < & " never become markup', () => {
    const nasty = JSON.parse(read('test/fixtures/valid/small.json')) as DataFile;
    nasty.meta.title = 'Titre <b>gras</b> & "cité" </svg>';
    (nasty.meta.sources ?? [])[0]!.title = "Source <script>alert('x')</script>";
    nasty.nodes[0]!.label = 'A <tspan>& "B"</text>';
    const data = load(JSON.stringify(nasty));
    const svg = buildSvg(input(data, {}, { caption: captionText('fr', 'https://example.org/?q=<a>&x="1"') }));
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<script>');
    const root = parseXml(svg);
    expect(mapLabels(root).join(' ')).toContain('A <tspan>& "B"</text>');
    expect(textOf(byId(root, 'caption'))).toContain('Titre <b>gras</b> & "cité" </svg>');
    // Escaped once, by the SVG serializer: not by i18next on the way in as well.
    expect(textOf(byId(root, 'caption'))).toContain("Source : Source <script>alert('x')</script>");
    expect(textOf(elements(root, 'title')[0] ?? '')).toBe('Titre <b>gras</b> & "cité" </svg>');
    expect(elements(byId(root, 'caption'), 'a')[0]?.attributes.href).toBe('https://example.org/?q=<a>&x="1"');
  });

  it('draws shapes, SDG ring segments, group double borders, dashes and arrows from the appearance', () => {
    const data = small;
    const drawn = input(data);
    const root = parseXml(buildSvg(drawn));
    const actors = byId(root, 'actors').children as XmlElement[];
    const catalyst = drawn.appearance.actors.findIndex((actor) => actor.id === 'catalyseur-a');
    const catalystPaths = elements(actors[catalyst]!, 'path');
    // Hexagon outline in its muted colour, then one ring segment per SDG (11, 17 + alliances' 10).
    expect(catalystPaths[0]?.attributes.fill).toBe(THEME.kinds.builtIn.catalyst.colour);
    expect((catalystPaths[0]?.attributes.d ?? '').match(/L/g)).toHaveLength(5);
    const sdgColours = drawn.appearance.actors[catalyst]!.sdgColours;
    expect(catalystPaths.slice(1).map((path) => path.attributes.fill)).toEqual(sdgColours);
    const group = drawn.appearance.actors.findIndex((actor) => actor.isGroup);
    const groupPaths = elements(actors[group]!, 'path').filter((path) => path.attributes.stroke === THEME.group.borderColour);
    expect(groupPaths).toHaveLength(2);
    const alliancePaths = elements(byId(root, 'alliances'), 'path');
    expect(alliancePaths).toHaveLength(drawn.appearance.alliances.length);
    // Two alliances join the fund and A: both curved (quadratic), bending opposite ways.
    const curved = alliancePaths.filter((path) => (path.attributes.d ?? '').includes('Q'));
    expect(curved).toHaveLength(2);
    const dashed = drawn.appearance.alliances.find((alliance) => alliance.id === 'a-reseau-adhesion');
    expect(alliancePaths.some((path) => path.attributes['stroke-dasharray'] === dashed?.dashPattern.join(' '))).toBe(true);
    // Directed alliances end with an arrow marker; the partnership has none.
    const directed = drawn.appearance.alliances.filter((alliance) => alliance.directed).length;
    expect(alliancePaths.filter((path) => (path.attributes['marker-end'] ?? '').startsWith('url(#arrow-'))).toHaveLength(directed);
    expect(elements(root, 'marker').length).toBeGreaterThan(0);
  });

  it('sizes the picture as the map plus the legend panel and the caption band, scaled for rasters', () => {
    const drawn = input(seed);
    const one = buildSvgDocument(drawn);
    expect(one.width).toBe(drawn.viewport.widthPx + LEGEND_WIDTH);
    expect(one.height).toBeGreaterThan(drawn.viewport.heightPx);
    const four = parseXml(buildSvgDocument({ ...drawn, scale: 4 }).svg);
    expect(Number(four.attributes.width)).toBe(one.width * 4);
    expect(Number(four.attributes.height)).toBe(one.height * 4);
    expect(four.attributes.viewBox).toBe(`0 0 ${one.width} ${one.height}`);
  });
});
