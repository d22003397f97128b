import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { THEME } from '../../view/theme';
import { streamPositions } from './positionStream';
import { positionsGap } from '../../layout/pace';
import { buildSigmaGraph } from './sigmaGraph';

const actor = (id: string) => ({
  id,
  label: id,
  kind: 'local-actor',
  shape: 'ellipse',
  colour: THEME.kinds.builtIn['local-actor'].colour,
  size: 30,
  fontSize: 12,
  sdgs: [],
  sdgColours: [],
  isGroup: false,
  labelRank: 0,
});
const appearance = { kinds: new Map(), actors: [actor('a'), actor('b')], alliances: [] };
const start = { a: { x: 0, y: 0 }, b: { x: 10, y: 10 } };

function drawing(lightMoves: boolean) {
  const graph = buildSigmaGraph(appearance, start);
  let off = false;
  const calls = { redraws: 0, offs: [] as boolean[] };
  const stream = streamPositions({
    graph,
    lightMoves,
    edgesOff: () => off,
    setEdgesOff(next) {
      off = next;
      calls.offs.push(next);
    },
    redrawPositions: () => (calls.redraws += 1),
  });
  return { graph, stream, calls };
}

describe('positions streamed by a layout (WebGL mode)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('window', globalThis);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('moves the actors and asks for one redraw per applied batch, none when nothing moved', () => {
    const { graph, stream, calls } = drawing(false);
    vi.advanceTimersByTime(1_000);
    stream.push({ a: { x: 5, y: 5 }, b: { x: 10, y: 10 } });
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 5, y: -5 });
    expect(calls.redraws).toBe(1);
    vi.advanceTimersByTime(1_000);
    stream.push({ a: { x: 5, y: 5 }, b: { x: 10, y: 10 } });
    expect(calls.redraws).toBe(1);
    expect(calls.offs).toEqual([]);
  });

  it('applies at most one batch per gap, the last one always', () => {
    const { graph, stream, calls } = drawing(false);
    vi.advanceTimersByTime(1_000);
    stream.push({ a: { x: 1, y: 0 } });
    stream.push({ a: { x: 2, y: 0 } });
    stream.push({ a: { x: 3, y: 0 } });
    expect(graph.getNodeAttributes('a').x).toBe(1);
    vi.advanceTimersByTime(positionsGap(graph.order));
    expect(graph.getNodeAttributes('a').x).toBe(3);
    expect(calls.redraws).toBe(2);
  });

  it('leaves the alliances out while positions stream where moves are drawn light, and draws them again once still', () => {
    const { stream, calls } = drawing(true);
    vi.advanceTimersByTime(1_000);
    stream.push({ a: { x: 1, y: 0 } });
    expect(calls.offs).toEqual([true]);
    vi.advanceTimersByTime(positionsGap(2));
    stream.push({ a: { x: 2, y: 0 } });
    expect(calls.offs).toEqual([true]);
    vi.advanceTimersByTime(2 * positionsGap(2) + 300);
    expect(calls.offs).toEqual([true, false]);
    stream.stop();
  });
});
