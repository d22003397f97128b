import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildSvg } from '../../src/export/svg';
import { toElements } from '../../src/map/elements';
import { actorLook, nodeDisplay } from '../../src/map/sigma/display';
import { buildSigmaGraph, over, type SigmaGraph } from '../../src/map/sigma/sigmaGraph';
import { mapStylesheet } from '../../src/map/stylesheet';
import { applyVisibility } from '../../src/map/visibility';
import { THEME, type Theme } from '../../src/view/theme';
import { input, small } from './helpers/exportScene';
import { fadedDisplay } from './helpers/sigmaDisplay';
import { byId, elements, parseXml, textOf, type XmlElement } from './helpers/xml';

// The three drawings (Cytoscape, the WebGL mode, the SVG export) read their look from one theme:
// given another theme, all three change together.

const OTHER: Theme = {
  ...THEME,
  label: { ...THEME.label, maxWidth: 60 },
  group: { borderColour: '#123456', borderWidth: 9 },
  sdgRing: { sizePercent: 90, holePercent: 40 },
  edge: { ...THEME.edge, opacity: 0.5 },
  faded: { opacity: 0.3 },
  webgl: { ...THEME.webgl, edgeOpacity: 0.6 },
};

/** A label line's width in the SVG test drawings: 6 units a character. */
const measure = (text: string) => text.length * 6;

/** The small fixture drawn three ways with a theme, the actors without SDG 17 faded out. */
function drawings(theme: Theme) {
  const view = input(small, { sdg: [17], filtered: 'fade' }, { theme, measure });
  const svg = parseXml(buildSvg(view));
  const cy: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(view.appearance, view.positions),
    style: mapStylesheet(view.appearance.actors.length, theme),
  });
  applyVisibility(cy, view.visibility);
  const sigma: SigmaGraph = buildSigmaGraph(view.appearance, view.positions, theme);
  return { view, svg, cy, sigma };
}

/** `#RRGGBB` as Cytoscape reports a colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
const opacities = (groups: XmlElement[]) => new Set(groups.map((group) => group.attributes.opacity));

describe.each([
  ['the default theme', THEME],
  ['another theme', OTHER],
])('with %s, every drawing', (_name, theme) => {
  const { view, svg, cy, sigma } = drawings(theme);
  const fadedActors = view.appearance.actors.filter((actor) => !view.visibility.visibleNodeIds.has(actor.id));
  const groupActor = view.appearance.actors.find((actor) => actor.isGroup);

  it('fades filtered-out actors to the theme’s opacity', () => {
    expect(fadedActors.length).toBeGreaterThan(0);
    for (const actor of fadedActors) {
      expect(cy.$id(actor.id).numericStyle('opacity')).toBe(theme.faded.opacity);
      expect(nodeDisplay(actor.id, { ...sigma.getNodeAttributes(actor.id) }, fadedDisplay(theme, view.visibility)).opacity).toBe(
        theme.faded.opacity,
      );
    }
    const svgGroups = (byId(svg, 'actors').children as XmlElement[]).filter((group) => group.attributes.opacity !== undefined);
    expect(svgGroups).toHaveLength(fadedActors.length);
    expect(opacities(svgGroups)).toEqual(new Set([String(theme.faded.opacity)]));
  });

  it('draws visible alliances at the theme’s opacity (the WebGL mode at its own)', () => {
    const visible = view.appearance.alliances.filter((alliance) => view.visibility.visibleEdgeIds.has(alliance.id));
    expect(visible.length).toBeGreaterThan(0);
    for (const alliance of visible) {
      expect(cy.$id(alliance.id).numericStyle('opacity')).toBe(theme.edge.opacity);
      expect(sigma.getEdgeAttribute(alliance.id, 'color')).toBe(over(alliance.colour, theme.webgl.edgeOpacity, theme.webgl.background));
    }
    const svgGroups = (byId(svg, 'alliances').children as XmlElement[]).slice(-visible.length);
    expect(opacities(svgGroups)).toEqual(new Set([String(theme.edge.opacity)]));
  });

  it('wraps labels at the theme’s label width', () => {
    expect(cy.nodes()[0]?.style('text-max-width')).toBe(`${theme.label.maxWidth}px`);
    const lines = elements(byId(svg, 'labels'), 'tspan').map((span) => textOf(span));
    expect(lines.length).toBeGreaterThan(view.appearance.actors.length);
    for (const line of lines) {
      if (line.includes(' ')) expect(measure(line)).toBeLessThanOrEqual(theme.label.maxWidth);
    }
  });

  it('draws a group’s double border in the theme’s colour and width', () => {
    const node = cy.$id(groupActor?.id ?? '');
    expect(node.numericStyle('border-width')).toBe(theme.group.borderWidth);
    expect(node.style('border-color')).toBe(rgb(theme.group.borderColour));
    const borders = elements(byId(svg, 'actors'), 'path').filter((path) => path.attributes.stroke === theme.group.borderColour);
    expect(borders).toHaveLength(2);
    expect(Number(borders[0]?.attributes['stroke-width'])).toBeCloseTo(theme.group.borderWidth / 3, 2);
    // The WebGL mode: the same colour, the width as a share of the radius, double.
    const radius = (groupActor?.size ?? 0) / 2;
    expect(sigma.getNodeAttributes(groupActor?.id ?? '')).toMatchObject({
      borderColor: theme.group.borderColour,
      border: theme.group.borderWidth / radius,
      borderDouble: 1,
    });
  });

  it('sizes the SDG ring as the theme says', () => {
    const ringed = view.appearance.actors.filter((actor) => actor.sdgColours.length > 1);
    expect(ringed.length).toBeGreaterThan(0);
    for (const actor of ringed) expect(cy.$id(actor.id).style('pie-size')).toBe(`${theme.sdgRing.sizePercent}%`);
    // Ring segments are arcs filled with SDG colours; their first arc is the outer one.
    const sdgColours = new Set(ringed.flatMap((actor) => actor.sdgColours));
    const segments = elements(byId(svg, 'actors'), 'path').filter((path) => sdgColours.has(path.attributes.fill ?? ''));
    const outerRadii = new Set(segments.map((path) => Number(/A([\d.]+),/.exec(path.attributes.d ?? '')?.[1])));
    for (const actor of ringed) expect(outerRadii).toContain(Math.round((actor.size * theme.sdgRing.sizePercent) / 2) / 100);
  });
});

describe('the theme', () => {
  it('gives the map the theme’s font (Cytoscape ignores a font-family it cannot parse)', () => {
    const { cy } = drawings(THEME);
    expect(cy.nodes()[0]?.style('font-family')).toBe(THEME.fontFamily);
  });

  it('gives the selection one colour in Cytoscape and in the WebGL mode', () => {
    const { cy, sigma } = drawings(THEME);
    const node = cy.nodes()[0];
    node?.select();
    expect(node?.style('border-color')).toBe(rgb(THEME.selected.borderColour));
    const id = node?.id() ?? '';
    const display = { visibleNodes: new Set([id]), visibleEdges: new Set<string>(), filtered: 'hide' as const };
    const state = { ...display, look: actorLook(THEME), highlight: null, selectedId: id, dimOthers: true };
    expect(nodeDisplay(id, { ...sigma.getNodeAttributes(id) }, state).borderColor).toBe(THEME.selected.borderColour);
  });
});
