import { describe, expect, it, vi } from 'vitest';
import { geoArrangement } from '../../src/layout/geo';
import { between, tweenPositions } from '../../src/map/positionTween';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import type { BackdropBox, Point } from '../../src/view/types';

const WORDS = { national: 'National', noRegion: 'No territory' };

/** One actor per entry: its id, then its `regions` (none when empty). */
function graphOf(actors: Array<[string, string[]]>) {
  const file: DataFile = {
    format: 'alliance-map/1',
    meta: { title: 'geo' },
    nodes: actors.map(([id, regions]) =>
      regions.length > 0 ? { id, label: id, kind: 'local-actor', regions } : { id, label: id, kind: 'local-actor' },
    ),
    edges: [],
  };
  return buildGraph(file);
}

const inside = (point: Point | undefined, box: BackdropBox | undefined) =>
  point !== undefined &&
  box !== undefined &&
  point.x > box.x &&
  point.x < box.x + box.width &&
  point.y > box.y &&
  point.y < box.y + box.height;

describe('the geographic arrangement', () => {
  const graph = graphOf([
    ['brest', ['53']], // Bretagne, the far west
    ['strasbourg', ['44']], // Grand Est, the east
    ['lille', ['32']], // Hauts-de-France, the north
    ['toulouse', ['76']], // Occitanie, the south
    ['reunion', ['04']],
    ['state', ['FR']],
    ['nowhere', []],
  ]);
  const { positions, backdrop } = geoArrangement(graph, 'fr', WORDS);
  const box = (label: string) => backdrop.boxes.find((candidate) => candidate.label === label);

  it('puts each actor in its region: west left of east, north above south', () => {
    expect(positions.brest!.x).toBeLessThan(positions.strasbourg!.x);
    expect(positions.lille!.y).toBeLessThan(positions.toulouse!.y);
  });

  it('puts overseas actors in their labelled inset, national ones in the band, the rest in a box of their own', () => {
    expect(inside(positions.reunion, box('La Réunion'))).toBe(true);
    expect(inside(positions.state, box('National'))).toBe(true);
    expect(inside(positions.nowhere, box('No territory'))).toBe(true);
    for (const id of ['brest', 'strasbourg', 'lille', 'toulouse']) {
      expect(backdrop.boxes.some((candidate) => inside(positions[id], candidate))).toBe(false);
    }
  });

  it('frames the whole backdrop: every actor is within its bounds', () => {
    for (const point of Object.values(positions)) {
      expect(point.x).toBeGreaterThanOrEqual(backdrop.bounds.x1);
      expect(point.x).toBeLessThanOrEqual(backdrop.bounds.x2);
      expect(point.y).toBeGreaterThanOrEqual(backdrop.bounds.y1);
      expect(point.y).toBeLessThanOrEqual(backdrop.bounds.y2);
    }
  });

  it('spreads the actors of one region so none sits on another', () => {
    const crowd = geoArrangement(graphOf(Array.from({ length: 12 }, (_, index): [string, string[]] => [`a${index}`, ['24']])), 'fr', WORDS);
    const points = Object.values(crowd.positions);
    for (const [index, point] of points.entries()) {
      for (const other of points.slice(index + 1)) expect(Math.hypot(point.x - other.x, point.y - other.y)).toBeGreaterThan(30);
    }
  });

  it('names the boxes in the reader’s language', () => {
    const english = geoArrangement(graph, 'en', WORDS).backdrop.boxes.map((candidate) => candidate.label);
    expect(english).toContain('French Guiana');
  });
});

describe('moving actors between arrangements', () => {
  const from = { a: { x: 0, y: 0 }, b: { x: 10, y: 10 } };
  const to = { a: { x: 100, y: 50 }, b: { x: 10, y: 10 }, c: { x: 5, y: 5 } };

  it('goes the given share of the way; an actor with no start appears where it ends', () => {
    expect(between(from, to, 0.5)).toEqual({ a: { x: 50, y: 25 }, b: { x: 10, y: 10 }, c: { x: 5, y: 5 } });
    expect(between(from, to, 1)).toEqual(to);
  });

  it('with no motion wanted, shows the end at once and says it is done', () => {
    const show = vi.fn();
    const done = vi.fn();
    tweenPositions(from, to, 0, show, done);
    expect(show).toHaveBeenCalledOnce();
    expect(show).toHaveBeenCalledWith(to);
    expect(done).toHaveBeenCalledOnce();
  });
});

describe('labels in the geographic arrangement', () => {
  it('keeps one label per region or box: the most connected actor of each', () => {
    const file: DataFile = {
      format: 'alliance-map/1',
      meta: { title: 'geo labels' },
      nodes: [
        { id: 'hub', label: 'hub', kind: 'catalyst', regions: ['24'] },
        { id: 'a', label: 'a', kind: 'local-actor', regions: ['24'] },
        { id: 'b', label: 'b', kind: 'local-actor', regions: ['24'] },
        { id: 'state', label: 'state', kind: 'funder', regions: ['FR'] },
        { id: 'agency', label: 'agency', kind: 'funder', regions: ['FR'] },
      ],
      edges: [
        { id: 'e1', source: 'hub', target: 'a', relation: 'partnership' },
        { id: 'e2', source: 'hub', target: 'b', relation: 'partnership' },
        { id: 'e3', source: 'agency', target: 'hub', relation: 'partnership' },
      ],
    };
    const { labelLeaders } = geoArrangement(buildGraph(file), 'fr', WORDS);
    expect([...labelLeaders].sort()).toEqual(['agency', 'hub']);
  });
});
