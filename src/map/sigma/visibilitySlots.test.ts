import { describe, expect, it } from 'vitest';
import type { Appearance } from '../../view/appearance';
import { buildSigmaGraph } from './sigmaGraph';
import { LEFT_OUT, SHOWN, SLOTS_PER_ROW, visibilitySlots, writeVisibility } from './visibilitySlots';

const actor = (id: string) => ({
  id,
  label: id,
  kind: 'local-actor',
  shape: 'ellipse',
  colour: '#336699',
  size: 20,
  fontSize: 12,
  sdgs: [],
  sdgColours: [],
  isGroup: false,
  labelRank: 0,
});
const alliance = (id: string, source: string, target: string) => ({
  id,
  source,
  target,
  colour: '#999999',
  width: 1,
  lineStyle: 'solid' as const,
  dashPattern: [],
  directed: true,
});
const appearance: Appearance = {
  kinds: new Map(),
  actors: ['a', 'b', 'c'].map(actor),
  alliances: [alliance('ab', 'a', 'b'), alliance('bc', 'b', 'c')],
};
const positions = { a: { x: 0, y: 0 }, b: { x: 10, y: 0 }, c: { x: 20, y: 0 } };

describe('the visibility slots (what the WebGL programs leave out)', () => {
  it('gives each item the byte at sigma’s id for it: the nodes from 1 in order, then the edges', () => {
    const graph = buildSigmaGraph(appearance, positions);
    const slots = visibilitySlots(graph);
    expect(slots.bytes.length).toBe(SLOTS_PER_ROW);
    writeVisibility(slots, new Set(['a', 'c']), new Set(['bc']), 'hide');
    expect([...slots.bytes.subarray(0, 6)]).toEqual([SHOWN, SHOWN, LEFT_OUT, SHOWN, LEFT_OUT, SHOWN]);
    expect(slots.bytes[6]).toBe(SHOWN);
  });

  it('shows everything when the filters fade, and counts each change', () => {
    const graph = buildSigmaGraph(appearance, positions);
    const slots = visibilitySlots(graph);
    writeVisibility(slots, new Set(), new Set(), 'hide');
    expect(slots.bytes[1]).toBe(LEFT_OUT);
    writeVisibility(slots, new Set(), new Set(), 'fade');
    expect(slots.bytes.every((byte) => byte === SHOWN)).toBe(true);
    expect(slots.version).toBe(2);
  });

  it('takes as many rows as the items need', () => {
    const many = { ...appearance, actors: Array.from({ length: SLOTS_PER_ROW + 5 }, (_, index) => actor(`n${index}`)), alliances: [] };
    const spread = Object.fromEntries(many.actors.map((one, index) => [one.id, { x: index, y: 0 }]));
    expect(visibilitySlots(buildSigmaGraph(many, spread)).rows).toBe(2);
  });
});
