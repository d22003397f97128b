import { describe, expect, it } from 'vitest';
import { sdgByNumber } from '../../domain/sdgs';
import type { Appearance } from '../../view/appearance';
import { THEME } from '../../view/theme';
import { chooseRenderer, WEBGL_FROM_NODES } from '../chooseRenderer';
import { actorLook, changedItems, edgeDisplay, neighbourhood, nodeDisplay, type DisplayState } from './display';
import { positionsGap } from '../../layout/pace';
import { buildSigmaGraph, over, shapeGeometry, updatePositions, withAlpha } from './sigmaGraph';

const localActor = THEME.kinds.builtIn['local-actor'].colour;
const funding = THEME.supportForms['direct-funding'].colour;
const climate = sdgByNumber(13)?.colour ?? '';

// a → b → c, and d alone; b has one SDG.
const appearance: Appearance = {
  kinds: new Map(),
  actors: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    label: id.toUpperCase(),
    kind: id === 'b' ? 'catalyst' : 'local-actor',
    shape: id === 'b' ? 'hexagon' : 'ellipse',
    colour: localActor,
    size: 30,
    fontSize: 12,
    sdgs: id === 'b' ? [13] : [],
    sdgColours: id === 'b' ? [climate] : [],
    isGroup: false,
    labelRank: 0,
  })),
  alliances: [
    { id: 'ab', source: 'a', target: 'b', colour: funding, width: 2, lineStyle: 'solid', dashPattern: [], directed: true },
    {
      id: 'bc',
      source: 'b',
      target: 'c',
      colour: THEME.noSupportColour,
      width: 4,
      lineStyle: 'dashed',
      dashPattern: [4, 4],
      directed: false,
    },
  ],
};
const positions = { a: { x: 0, y: 0 }, b: { x: 100, y: 50 }, c: { x: 200, y: -50 }, d: { x: -80, y: 20 } };

function state(change: Partial<DisplayState> = {}): DisplayState {
  return {
    look: actorLook(THEME),
    visibleNodes: new Set(['a', 'b', 'c', 'd']),
    visibleEdges: new Set(['ab', 'bc']),
    filtered: 'hide',
    highlight: null,
    selectedId: null,
    dimOthers: true,
    ...change,
  };
}

describe('the sigma graph', () => {
  it('keeps each actor to a few attributes, which sigma copies for every actor it draws (more make V8 slow objects)', () => {
    const graph = buildSigmaGraph(appearance, positions);
    // With sigma's own (hidden, highlighted, forceLabel, zIndex) and the reducers' (opacity), under 20.
    graph.forEachNode((_id, attributes) => expect(Object.keys(attributes).length).toBeLessThanOrEqual(14));
  });

  it('is built from the appearance and the positions, y pointing up, sizes as radii', () => {
    const graph = buildSigmaGraph(appearance, positions);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('b')).toMatchObject({
      x: 100,
      y: -50,
      size: 15,
      label: 'B',
      sdgMask: 2 ** 12,
      sides: 6,
      vertexUp: 0,
    });
    expect(graph.getNodeAttribute('a', 'sdgMask')).toBe(0);
    expect(graph.getNodeAttributes('a')).toMatchObject({ borderColor: THEME.node.borderColour, borderDouble: 0 });
    expect(graph.getEdgeAttributes('ab')).toMatchObject({
      type: 'arrow',
      color: over(funding, THEME.webgl.edgeOpacity, THEME.webgl.background),
      tones: expect.objectContaining({ strong: funding }) as unknown,
      dash: [0, 0, 0, 0, 0, 0],
    });
    expect(graph.getEdgeAttributes('bc')).toMatchObject({ type: 'line', dash: [4, 4, 0, 0, 0, 0] });
  });

  it('is a multigraph only when two alliances join the same actors the same way', () => {
    expect(buildSigmaGraph(appearance, positions).multi).toBe(false);
    const twice = { ...appearance, alliances: [...appearance.alliances, { ...appearance.alliances[0]!, id: 'ab2' }] };
    const multi = buildSigmaGraph(twice, positions);
    expect(multi.multi).toBe(true);
    expect(multi.size).toBe(3);
  });

  it('moves nodes in place and says whether anything moved', () => {
    const graph = buildSigmaGraph(appearance, positions);
    expect(updatePositions(graph, positions)).toBe(false);
    expect(updatePositions(graph, { ...positions, c: { x: 10, y: 20 }, nope: { x: 1, y: 1 } })).toBe(true);
    expect(graph.getNodeAttributes('c')).toMatchObject({ x: 10, y: -20 });
    expect(updatePositions(graph, { a: { x: NaN, y: 0 } })).toBe(false);
  });

  it('turns Cytoscape shapes into polygons and colours into rgba', () => {
    expect(shapeGeometry('diamond')).toEqual({ sides: 4, vertexUp: 1 });
    expect(shapeGeometry('round-triangle')).toEqual({ sides: 3, vertexUp: 1 });
    expect(shapeGeometry('vee')).toEqual({ sides: 0, vertexUp: 0 });
    expect(withAlpha('#fff', 0.5)).toBe('rgba(255,255,255,0.5)');
    // Drawn opaque: what the colour looks like over the map's background.
    expect(over('#000000', 0.25, '#ffffff')).toBe('#bfbfbf');
    expect(over('#3F7E44', 1, '#FAFAF8')).toBe('#3f7e44');
    expect(over('red', 0.5, '#ffffff')).toBe('red');
    expect(withAlpha('red', 0.5)).toBe('red');
  });

  it('spaces position updates by the map size', () => {
    expect(positionsGap(500)).toBe(50);
    expect(positionsGap(10_000)).toBe(500);
    expect(positionsGap(50_000)).toBe(1000);
  });
});

describe('display state (reducers)', () => {
  const graph = buildSigmaGraph(appearance, positions);
  const data = (id: string) => ({ ...graph.getNodeAttributes(id) });

  it('fades what the filters leave out, and leaves hiding it to the visibility texture', () => {
    const hidden = state({ visibleNodes: new Set(['a', 'b']), visibleEdges: new Set(['ab']), selectedId: 'c' });
    // Drawn as if shown (the programs leave it out), but no selection: sigma would label it.
    const left = nodeDisplay('c', data('c'), hidden);
    expect([left.opacity, left.highlighted, left.hidden, left.borderColor]).toEqual([
      undefined,
      undefined,
      undefined,
      data('c').borderColor,
    ]);
    expect(nodeDisplay('a', data('a'), { ...hidden, selectedId: 'a' }).highlighted).toBe(true);
    expect(edgeDisplay('bc', { ...graph.getEdgeAttributes('bc') }, hidden).hidden).toBeUndefined();
    const faded = { ...hidden, filtered: 'fade' as const };
    expect(nodeDisplay('c', data('c'), faded)).toMatchObject({ opacity: THEME.faded.opacity, label: '' });
    expect(edgeDisplay('bc', { ...graph.getEdgeAttributes('bc') }, faded).color).toBe(graph.getEdgeAttribute('bc', 'tones').faded);
  });

  it('highlights a neighbourhood over visible alliances and dims the rest', () => {
    const highlight = neighbourhood(graph, 'b', new Set(['ab', 'bc']));
    expect(highlight.nodes).toEqual(new Set(['a', 'b', 'c']));
    expect(highlight.edges).toEqual(new Set(['ab', 'bc']));
    expect(neighbourhood(graph, 'b', new Set(['ab'])).nodes).toEqual(new Set(['a', 'b']));
    const shown = state({ highlight });
    expect(nodeDisplay('a', data('a'), shown)).toMatchObject({ forceLabel: true });
    expect(nodeDisplay('b', data('b'), shown)).toMatchObject({ forceLabel: true, highlighted: true });
    expect(nodeDisplay('d', data('d'), shown)).toMatchObject({ opacity: THEME.dimmed.nodeOpacity, label: '' });
    expect(nodeDisplay('d', data('d'), { ...shown, dimOthers: false }).opacity).toBeUndefined();
    expect(edgeDisplay('ab', { ...graph.getEdgeAttributes('ab') }, shown).color).toBe(funding);
  });

  it('borders the selected actor as Cytoscape does, solid even for a group', () => {
    const { borderColour, borderWidth } = THEME.selected;
    const selected = nodeDisplay('a', { ...data('a'), borderDouble: 1 }, state({ selectedId: 'a' }));
    expect(selected).toMatchObject({ borderColor: borderColour, border: borderWidth / 15, borderDouble: 0, highlighted: true });
  });

  it('draws ended alliances faded and dashed, highlighted or not', () => {
    const ended = state({ ended: new Set(['ab']) });
    const edge = { ...graph.getEdgeAttributes('ab') };
    expect(edgeDisplay('ab', edge, ended)).toMatchObject({ color: edge.tones.ended, dash: [3, 5, 0, 0, 0, 0] });
    const highlighted = { ...ended, highlight: neighbourhood(graph, 'a', ended.visibleEdges) };
    expect(edgeDisplay('ab', edge, highlighted)).toMatchObject({ color: funding, dash: [3, 5, 0, 0, 0, 0] });
    expect(edgeDisplay('bc', { ...graph.getEdgeAttributes('bc') }, ended).dash).toEqual([4, 4, 0, 0, 0, 0]);
    expect(changedItems(graph, state(), ended)).toEqual({ nodes: [], edges: ['ab'] });
  });

  it('says which items to redraw', () => {
    const before = state();
    expect(changedItems(graph, before, { ...before })).toEqual({ nodes: [], edges: [] });
    const fade = state({ filtered: 'fade' });
    const filtered = state({ visibleNodes: new Set(['a', 'b']), visibleEdges: new Set(['ab']), filtered: 'fade' });
    expect(changedItems(graph, fade, filtered)).toEqual({ nodes: ['c', 'd'], edges: ['bc'] });
    // Both ways, and only items of this graph (sigma cannot redraw an item it does not have).
    expect(changedItems(graph, filtered, fade)).toEqual({ nodes: ['c', 'd'], edges: ['bc'] });
    const stranger = state({
      visibleNodes: new Set(['a', 'b', 'c', 'd', 'zz']),
      visibleEdges: new Set(['ab', 'bc', 'zz-edge']),
      filtered: 'fade',
    });
    expect(changedItems(graph, fade, stranger)).toEqual({ nodes: [], edges: [] });
    // Hidden, nothing for sigma to redraw (the texture changes) but a selection hidden or shown again.
    const hidden = { ...filtered, filtered: 'hide' as const };
    expect(changedItems(graph, before, hidden)).toEqual({ nodes: [], edges: [] });
    expect(changedItems(graph, { ...before, selectedId: 'c' }, { ...hidden, selectedId: 'c' })).toEqual({ nodes: ['c'], edges: [] });
    expect(changedItems(graph, { ...hidden, selectedId: 'c' }, { ...before, selectedId: 'c' })).toEqual({ nodes: ['c'], edges: [] });
    expect(changedItems(graph, { ...before, selectedId: 'a' }, { ...hidden, selectedId: 'a' })).toEqual({ nodes: [], edges: [] });
    expect(changedItems(graph, before, { ...before, filtered: 'fade' })).toEqual({ nodes: 'all', edges: 'all' });
    const highlighted = { ...before, highlight: neighbourhood(graph, 'a', before.visibleEdges) };
    expect(changedItems(graph, before, highlighted)).toEqual({ nodes: 'all', edges: 'all' });
    const partial = changedItems(graph, { ...before, dimOthers: false }, { ...highlighted, dimOthers: false });
    expect(partial).toEqual({ nodes: ['a', 'b'], edges: ['ab'] });
    expect(changedItems(graph, before, { ...before, selectedId: 'd' })).toEqual({ nodes: ['d'], edges: [] });
  });
});

describe('choosing the renderer', () => {
  it('draws large maps in the WebGL mode unless the URL says otherwise', () => {
    expect(chooseRenderer('auto', 300)).toBe('cytoscape');
    expect(chooseRenderer('auto', 2000)).toBe('webgl');
    expect(chooseRenderer('auto', WEBGL_FROM_NODES - 1)).toBe('cytoscape');
    expect(chooseRenderer('auto', WEBGL_FROM_NODES)).toBe('webgl');
    expect(chooseRenderer('cytoscape', 50_000)).toBe('cytoscape');
    expect(chooseRenderer('webgl', 20)).toBe('webgl');
  });
});
