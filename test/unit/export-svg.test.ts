import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout';
import { applyFilters, emptyFilters, type Filters } from '../../src/filters';
import { buildGraph, type AllianceGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { validateText } from '../../src/model/validate';
import { computeAppearance, type Appearance } from '../../src/view/appearance';
import type { Positions, Visibility } from '../../src/view/types';
import { LEGEND_WIDTH, buildSvg, buildSvgDocument, viewportAround, type SvgInput } from '../../src/export/svg';
import { boundaryPoint, shapeGeometry, shapePath } from '../../src/export/shapes';
import { captionText, legendText } from '../../src/export/texts';
import { escapeXml, wrapLabel, wrapText } from '../../src/export/text';
import type { MapViewport } from '../../src/map/mapHandle';

// ---------------------------------------------------------------------------------------------
// A tiny XML well-formedness parser (no dependency): elements, attributes, text, comments, the
// XML declaration, the five predefined entities and character references. Throws on anything
// an XML parser would reject among these.

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

function decodeEntities(text: string, where: string): string {
  return text.replace(/&([^;\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & in ${where}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name in named) return named[name] ?? '';
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1];
    if (code) return String.fromCodePoint(parseInt(code, 16));
    const decimal = /^#(\d+)$/.exec(name)?.[1];
    if (decimal) return String.fromCodePoint(Number(decimal));
    throw new Error(`unknown entity &${name}; in ${where}`);
  });
}

function parseXml(xml: string): XmlElement {
  let i = 0;
  const NAME = /[A-Za-z_:][\w:.-]*/y;
  const readName = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(xml);
    if (!match) throw new Error(`expected a name at ${i}: ${xml.slice(i, i + 30)}`);
    i += match[0].length;
    return match[0];
  };
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i++;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
      else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3;
      else return;
    }
  };
  const parseElement = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`expected < at ${i}`);
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      const attribute = readName();
      if (attribute in attributes) throw new Error(`duplicate attribute ${attribute} on <${name}>`);
      skipSpace();
      if (xml[i] !== '=') throw new Error(`expected = after ${attribute}`);
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attribute}`);
      const end = xml.indexOf(quote, i + 1);
      const raw = xml.slice(i + 1, end);
      if (raw.includes('<')) throw new Error(`< in attribute ${attribute}`);
      attributes[attribute] = decodeEntities(raw, `attribute ${attribute}`);
      i = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (xml.startsWith('</', i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) throw new Error(`</${closing}> closes <${name}>`);
        skipSpace();
        if (xml[i] !== '>') throw new Error('expected >');
        i++;
        return { name, attributes, children };
      }
      if (xml.startsWith('<!--', i)) {
        i = xml.indexOf('-->', i) + 3;
      } else if (xml[i] === '<') {
        children.push(parseElement());
      } else {
        const end = xml.indexOf('<', i);
        if (end < 0) throw new Error(`<${name}> is not closed`);
        children.push(decodeEntities(xml.slice(i, end), `text of <${name}>`));
        i = end;
      }
    }
  };
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (i !== xml.length) throw new Error(`content after the root element: ${xml.slice(i, i + 40)}`);
  return root;
}

function elements(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (element.name === name) out.push(element);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(node);
  return out;
}

function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join(node.name === 'tspan' ? '' : ' ');
}

function byId(root: XmlElement, id: string): XmlElement {
  const found = elements(root, 'g').find((element) => element.attributes.id === id);
  if (!found) throw new Error(`no <g id="${id}">`);
  return found;
}

/** The label texts drawn on the map (each <text> joined from its wrapped lines). */
function mapLabels(root: XmlElement): string[] {
  return elements(byId(root, 'labels'), 'text').map((text) =>
    elements(text, 'tspan')
      .map((span) => textOf(span))
      .join(' '),
  );
}

// ---------------------------------------------------------------------------------------------

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function load(text: string): { file: DataFile; graph: AllianceGraph } {
  const { file, problems } = validateText(text, 'test.json');
  if (!file) throw new Error(problems.map((p) => p.message).join('\n'));
  return { file, graph: buildGraph(file) };
}

function visibilityOf(graph: AllianceGraph, filters: Partial<Filters> = {}): Visibility {
  const all = { ...emptyFilters(), ...filters };
  const visible = applyFilters(graph, all);
  return { visibleNodeIds: visible.visibleNodeIds, visibleEdgeIds: visible.visibleEdgeIds, filtered: all.filtered };
}

const seed = load(read('data/odd17-villes-au-carre.json'));
const small = load(read('test/fixtures/valid/small.json'));

function scene(data: { graph: AllianceGraph }, filters: Partial<Filters> = {}) {
  const appearance: Appearance = computeAppearance(data.graph, 'fr');
  const positions: Positions = computeLayout(data.graph, { seed: 1 });
  const visibility = visibilityOf(data.graph, filters);
  const viewport: MapViewport = viewportAround(appearance, positions, visibility, 1000);
  return { appearance, positions, visibility, viewport };
}

function input(
  data: { file: DataFile; graph: AllianceGraph },
  filters: Partial<Filters> = {},
  overrides: Partial<SvgInput> = {},
): SvgInput {
  return {
    ...scene(data, filters),
    meta: data.file.meta,
    caption: captionText('fr', 'https://example.org/carte/?sdg=17&lang=fr'),
    legend: legendText('fr'),
    lang: 'fr',
    ...overrides,
  };
}

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
    expect(actorGroups.filter((group) => group.attributes.opacity === '0.12')).toHaveLength(hiddenCount);
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
    expect(caption).toContain('Source : Fonds ODD17 × Villes au Carré : fiche partenaire');
    expect(caption).toContain('Données du 29 novembre 2026');
    const link = elements(byId(root, 'caption'), 'a')[0];
    expect(link?.attributes.href).toBe('https://example.org/carte/?sdg=17&lang=fr');
    expect(textOf(link ?? '').replace(/\s/g, '')).toBe('https://example.org/carte/?sdg=17&lang=fr');
  });

  it('speaks English with lang=en', () => {
    const root = parseXml(buildSvg(input(seed, {}, { lang: 'en', legend: legendText('en'), caption: captionText('en', '') })));
    expect(textOf(byId(root, 'legend'))).toContain('Legend');
    expect(textOf(byId(root, 'caption'))).toContain('Data of 29 November 2026');
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
    expect(catalystPaths[0]?.attributes.fill).toBe('#5D6F94');
    expect((catalystPaths[0]?.attributes.d ?? '').match(/L/g)).toHaveLength(5);
    const sdgColours = drawn.appearance.actors[catalyst]!.sdgColours;
    expect(catalystPaths.slice(1).map((path) => path.attributes.fill)).toEqual(sdgColours);
    const group = drawn.appearance.actors.findIndex((actor) => actor.isGroup);
    const groupPaths = elements(actors[group]!, 'path').filter((path) => path.attributes.stroke === '#3B4049');
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

describe('shapes', () => {
  it('match Cytoscape: a hexagon has 6 corners, a diamond 4, an unknown shape is an ellipse', () => {
    expect(shapeGeometry('hexagon').points).toHaveLength(12);
    expect(shapeGeometry('diamond').points).toEqual([0, 1, 1, 0, 0, -1, -1, 0]);
    expect(shapeGeometry('round-pentagon').round).toBe('polygon');
    expect(shapeGeometry('nope').points).toBeNull();
    expect(shapePath('ellipse', 0, 0, 20)).toContain('A10,10');
  });

  it('find where a line leaves the outline', () => {
    const [x, y] = boundaryPoint('ellipse', 0, 0, 20, 100, 0);
    expect([x, y]).toEqual([10, 0]);
    const [dx, dy] = boundaryPoint('diamond', 0, 0, 20, 100, 100);
    expect(dx).toBeCloseTo(5);
    expect(dy).toBeCloseTo(5);
    const [hx] = boundaryPoint('hexagon', 0, 0, 20, 100, 0);
    expect(hx).toBeCloseTo(10);
  });
});

describe('text helpers', () => {
  it('escape the five XML specials and drop characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('wrap node labels with Cytoscape’s algorithm (a word and its space at a time)', () => {
    const chars = (text: string) => text.length;
    expect(wrapLabel('Club contrat de ville / Pros des villes', 22, 1, chars)).toEqual(['Club contrat de ville', '/ Pros des villes']);
    expect(wrapLabel('Short', 22, 1, chars)).toEqual(['Short']);
    expect(wrapLabel('Averyveryverylongsingleword here', 10, 1, chars)).toEqual(['Averyveryverylongsingleword', 'here']);
  });

  it('wrap legend and caption text (at spaces, under the maximum width)', () => {
    expect(wrapText('Association Exemple A', 75, 12)).toEqual(['Association', 'Exemple A']);
    expect(wrapText('short', 140, 12)).toEqual(['short']);
    const url = wrapText('https://example.org/a/very/long/path?with=query&and=more', 80, 12, true);
    expect(url.length).toBeGreaterThan(1);
    expect(url.join('')).toBe('https://example.org/a/very/long/path?with=query&and=more');
  });
});
