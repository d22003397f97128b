import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Appearance } from '../../src/view/appearance';
import type { Visibility } from '../../src/view/types';
import { countVisibleDegrees, leadersOf, mostConnected, type Degrees } from '../../src/view/mostConnected';

function mapOf(actorIds: string[], pairs: [string, string][]): Appearance {
  return {
    actors: actorIds.map((id) => ({ id, label: `Label ${id}` })),
    alliances: pairs.map(([source, target], index) => ({ id: `e${index}`, source, target })),
  } as unknown as Appearance;
}

function allVisible(map: Appearance): Visibility {
  return {
    visibleNodeIds: new Set(map.actors.map((actor) => actor.id)),
    visibleEdgeIds: new Set(map.alliances.map((alliance) => alliance.id)),
  } as unknown as Visibility;
}

/** The plain way: every visible actor sorted by degree (a stable sort keeps the map's order on ties). */
function bySorting(map: Appearance, visibility: Visibility, count: number) {
  const degree = new Map<string, number>();
  for (const { id, source, target } of map.alliances) {
    if (!visibility.visibleEdgeIds.has(id)) continue;
    for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  return map.actors
    .filter((actor) => visibility.visibleNodeIds.has(actor.id) && (degree.get(actor.id) ?? 0) > 0)
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))
    .slice(0, count)
    .map((actor) => ({ id: actor.id, label: actor.label, degree: degree.get(actor.id) ?? 0 }));
}

describe('mostConnected: the actors the map description names', () => {
  const map = mapOf(
    ['a', 'b', 'c', 'd', 'e'],
    [
      ['a', 'b'],
      ['c', 'b'],
      ['c', 'd'],
      ['d', 'b'],
      ['c', 'a'],
    ],
  );

  it('counts visible alliances only, most first, ties in the map order', () => {
    expect(mostConnected(map, allVisible(map), 3)).toEqual([
      { id: 'b', label: 'Label b', degree: 3 },
      { id: 'c', label: 'Label c', degree: 3 },
      { id: 'a', label: 'Label a', degree: 2 },
    ]);
    const filtered = {
      visibleNodeIds: new Set(['a', 'b', 'c', 'e']),
      visibleEdgeIds: new Set(['e0', 'e1', 'e4']),
    } as unknown as Visibility;
    expect(mostConnected(map, filtered, 3).map(({ id, degree }) => [id, degree])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ]);
  });

  it('names no actor without a visible alliance, and none when asked for none', () => {
    expect(mostConnected(map, allVisible(map), 10).map(({ id }) => id)).not.toContain('e');
    expect(mostConnected(map, allVisible(map), 0)).toEqual([]);
  });

  it('agrees with sorting every actor, on any map and filter', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const id = fc.constantFrom(...ids);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, id), { maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 48, maxLength: 48 }),
        fc.integer({ min: 1, max: 5 }),
        (pairs, shown, count) => {
          const random = mapOf(ids, pairs);
          const visibility = {
            visibleNodeIds: new Set(ids.filter((_, index) => shown[index])),
            visibleEdgeIds: new Set(random.alliances.filter((_, index) => shown[8 + index] !== false).map((alliance) => alliance.id)),
          } as unknown as Visibility;
          expect(mostConnected(random, visibility, count)).toEqual(bySorting(random, visibility, count));
        },
      ),
    );
  });

  it('gives the same leaders when the alliances are counted in slices of any size', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const id = fc.constantFrom(...ids);
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id), { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (pairs, slice) => {
        const random = mapOf(ids, pairs);
        const visibility = allVisible(random);
        const degrees: Degrees = new Map();
        for (let start = 0; start < random.alliances.length; start += slice)
          countVisibleDegrees(random, visibility, degrees, start, start + slice);
        expect(leadersOf(random, visibility, degrees, 3)).toEqual(mostConnected(random, visibility, 3));
      }),
    );
  });

  it('counts each alliance of a slice once, and none outside it', () => {
    const degrees: Degrees = new Map();
    countVisibleDegrees(map, allVisible(map), degrees, 1, 3);
    expect(Object.fromEntries(degrees)).toEqual({ c: 2, b: 1, d: 1 });
  });
});
