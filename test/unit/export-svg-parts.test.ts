import { describe, expect, it } from 'vitest';
import { boundaryPoint, shapeGeometry, shapePath } from '../../src/export/shapes';
import { el, serialize, serializeDocument } from '../../src/export/svgTree';
import { escapeXml, wrapLabel, wrapText } from '../../src/export/text';
import { elements, parseXml, textOf } from './helpers/xml';

// The pieces the SVG picture is drawn with: the element tree, Cytoscape's shapes, text escaping and wrapping.

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

describe('the SVG tree', () => {
  it('escapes every text and attribute value itself, whatever the drawing code put in', () => {
    const nasty = `a"<b>&'</svg>`;
    const tree = el('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [
      el('text', { x: 1.2345, y: -0.001, 'data-label': nasty, absent: undefined }, [nasty, false, null, el('tspan', {}, [nasty])]),
      el('path', { d: 'M0,0L1,1' }),
    ]);
    const root = parseXml(serializeDocument(tree));
    const [text] = elements(root, 'text');
    expect(text?.attributes).toEqual({ x: '1.23', y: '0', 'data-label': nasty });
    expect(textOf(text ?? '')).toBe(`${nasty} ${nasty}`);
    expect(elements(root, 'path')[0]?.children).toEqual([]);
  });

  it('writes each layer of an <svg> on a line of its own', () => {
    expect(serialize(el('svg', {}, [el('g', {}, [el('rect')]), el('desc', {}, ['x'])]))).toBe(
      '<svg>\n<g><rect/></g>\n<desc>x</desc>\n</svg>',
    );
  });
});
