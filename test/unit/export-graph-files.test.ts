import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../src/export/gexf';
import { rgbOf } from '../../src/export/graphLook';
import { exportGraphml } from '../../src/export/graphml';
import { computeAppearance } from '../../src/view/appearance';
import { THEME } from '../../src/view/theme';
import { load, read, seed } from './helpers/exportScene';
import { elements, parseXml, textOf, type XmlElement } from './helpers/xml';

// What Gephi reads in the graph files: the map's colours, sizes and positions, typed attributes.

const fixture = load(read('test/fixtures/export/round-trip.json'));
const input = (data = fixture) => ({
  meta: data.file.meta,
  graph: data.graph,
  positions: {},
  appearance: computeAppearance(data.graph, 'fr'),
});
const node = (root: XmlElement, id: string) => elements(root, 'node').find((candidate) => candidate.attributes.id === id);

describe('GEXF export', () => {
  it('gives each actor its kind colour, a size and its position (y upwards, as Gephi draws)', () => {
    const root = parseXml(exportGexf(input()));
    expect(root.attributes).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    const funder = node(root, 'fondation-egal');
    if (!funder) throw new Error('no node');
    expect(funder.attributes.label).toBe('=Fondation +Plus');
    const colour = elements(funder, 'viz:color')[0]?.attributes;
    const { r, g, b } = rgbOf(THEME.kinds.builtIn.funder.colour) ?? {};
    expect(colour).toEqual({ r: String(r), g: String(g), b: String(b) });
    expect(Number(elements(funder, 'viz:size')[0]?.attributes.value)).toBeGreaterThan(0);
    expect(elements(funder, 'viz:position')[0]?.attributes).toEqual({ x: '-120.5', y: '-40', z: '0' });
    // An actor without a position has none in the file: Gephi places it.
    expect(elements(node(root, 'ville-1')!, 'viz:position')).toEqual([]);
    expect(elements(root, 'edge').every((edge) => elements(edge, 'viz:color').length === 1)).toBe(true);
  });

  it('declares the fields and attributes with their types; text is escaped', () => {
    const text = exportGexf(input());
    const root = parseXml(text);
    const declared = (kind: string): Record<string, string | undefined> =>
      Object.fromEntries(
        elements(root, 'attributes')
          .filter((element) => element.attributes.class === kind)
          .flatMap((element) => elements(element, 'attribute'))
          .map((attribute): [string, string | undefined] => [attribute.attributes.title ?? '', attribute.attributes.type]),
      );
    expect(declared('node')).toMatchObject({
      kind: 'string',
      regions: 'liststring',
      sdgs: 'listinteger',
      'members.count': 'integer',
      'attributes.ratio': 'double',
      'attributes.actif': 'boolean',
      'attributes.effectif': 'string',
    });
    expect(declared('edge')).toMatchObject({ amount: 'double', support: 'liststring', 'attributes.durationMonths': 'integer' });
    expect(text).toContain('&lt;balise&gt; &amp; esperluette&#10;sur deux lignes');
    expect(textOf(elements(root, 'title')[0]!)).toBe(fixture.file.meta.title);
  });
});

describe('GraphML export', () => {
  it('writes typed keys, the colours as r, g, b, and positions', () => {
    const root = parseXml(exportGraphml(input(seed)));
    const keys = new Map(elements(root, 'key').map((key) => [key.attributes.id, key.attributes]));
    const value = (element: XmlElement, name: string) =>
      elements(element, 'data').find((data) => keys.get(data.attributes.key)?.['attr.name'] === name);
    expect([...keys.values()].find((key) => key['attr.name'] === 'x')).toMatchObject({ for: 'node', 'attr.type': 'double' });
    const first = seed.file.nodes[0]!;
    const element = node(root, first.id)!;
    expect(textOf(value(element, 'label')!)).toBe(first.label);
    expect(Number(textOf(value(element, 'x')!))).toBe(first.x);
    const { r } = rgbOf(computeAppearance(seed.graph, 'fr').actors.find((actor) => actor.id === first.id)!.colour) ?? {};
    expect(Number(textOf(value(element, 'r')!))).toBe(r);
    expect(elements(root, 'node')).toHaveLength(seed.file.nodes.length);
    expect(elements(root, 'edge')).toHaveLength(seed.file.edges.length);
  });
});
