import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../src/insight/measures';
import { topologyOf } from '../../src/insight/topology';
import { buildGraph } from '../../src/model/graph';
import type { AllianceRecord, DataFile } from '../../src/model/types';

// Expected values are worked out by hand in the comments, never by calling the code twice.

function graphOf(edges: Array<[string, string, number?]>, extraNodes: string[] = []) {
  const ids = [...new Set([...edges.flatMap(([source, target]) => [source, target]), ...extraNodes])];
  const file: DataFile = {
    format: 'alliance-map/1',
    meta: { title: 'measures' },
    nodes: ids.map((id) => ({ id, label: id, kind: 'local-actor' })),
    edges: edges.map(([source, target, amount], index): AllianceRecord => {
      const edge: AllianceRecord = { id: `e${index}`, source, target, relation: 'support' };
      if (amount !== undefined) edge.amount = amount;
      return edge;
    }),
  };
  return buildGraph(file);
}

const measuresOf = (graph: ReturnType<typeof graphOf>) => computeMeasures(topologyOf(graph)).byActor;

describe('measures on small graphs', () => {
  it('a path a→b→c→d→e: the middle carries most shortest paths', () => {
    const byActor = measuresOf(
      graphOf([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e'],
      ]),
    );
    // b lies on a–c, a–d, a–e (3); c on a–d, a–e, b–d, b–e (4); d like b.
    expect([...'abcde'].map((id) => byActor.get(id)?.betweenness)).toEqual([0, 3, 4, 3, 0]);
    expect(byActor.get('b')).toMatchObject({ alliances: 2, partners: 2, received: 1, given: 1 });
    expect(byActor.get('a')).toMatchObject({ alliances: 1, partners: 1, received: 0, given: 1 });
  });

  it('a star whose four leaves support the hub: the hub bridges all six pairs of leaves', () => {
    const byActor = measuresOf(
      graphOf([
        ['l1', 'hub', 10],
        ['l2', 'hub', 20],
        ['l3', 'hub'],
        ['l4', 'hub', 30],
      ]),
    );
    expect(byActor.get('hub')).toMatchObject({ betweenness: 6, received: 4, given: 0, amountReceived: 60, partners: 4 });
    expect(byActor.get('l2')).toMatchObject({ betweenness: 0, given: 1, amountGiven: 20, amountReceived: 0 });
  });

  it('two alliances between the same pair are two alliances but one partner', () => {
    const byActor = measuresOf(
      graphOf([
        ['a', 'b', 5],
        ['b', 'a', 7],
      ]),
    );
    expect(byActor.get('a')).toMatchObject({ alliances: 2, partners: 1, given: 1, received: 1, amountGiven: 5, amountReceived: 7 });
  });

  it('two cliques joined by a bridge: the bridge ends lead, Louvain separates the cliques', () => {
    const clique = (names: string[]) => names.flatMap((a, i) => names.slice(i + 1).map((b): [string, string] => [a, b]));
    const left = ['a1', 'a2', 'a3', 'a4'];
    const right = ['b1', 'b2', 'b3', 'b4'];
    const byActor = measuresOf(graphOf([...clique(left), ...clique(right), ['a1', 'b1']], ['alone']));
    // Every path from {a2, a3, a4} to {b1..b4} goes through a1: 3 × 4 = 12 pairs; b1 likewise.
    expect(byActor.get('a1')?.betweenness).toBe(12);
    expect(byActor.get('b1')?.betweenness).toBe(12);
    expect(byActor.get('a2')?.betweenness).toBe(0);
    const community = (id: string) => byActor.get(id)?.community;
    expect(new Set(left.map(community))).toEqual(new Set([1]));
    expect(new Set(right.map(community))).toEqual(new Set([2]));
    expect(community('alone')).toBe(0);
  });
});

interface Karate {
  nodes: number;
  edges: Array<[number, number]>;
  publishedBetweenness: Record<string, number>;
}

describe("Zachary's karate club (test/fixtures/networks/karate-club.json)", () => {
  const karate = JSON.parse(readFileSync('test/fixtures/networks/karate-club.json', 'utf8')) as Karate;
  const graph = graphOf(
    karate.edges.map(([a, b]) => [String(a), String(b)]),
    Array.from({ length: karate.nodes }, (_, index) => String(index)),
  );

  it('has the 34 members and 78 ties of the paper', () => {
    expect(graph.order).toBe(34);
    expect(graph.size).toBe(78);
  });

  it('ranks the instructor (0) then the administrator (33) highest by betweenness, with the published values', () => {
    const byActor = measuresOf(graph);
    const ranked = [...byActor.entries()].sort(([, a], [, b]) => b.betweenness - a.betweenness).map(([id]) => id);
    expect(ranked.slice(0, 2)).toEqual(['0', '33']);
    for (const [id, value] of Object.entries(karate.publishedBetweenness)) {
      if (id === 'note') continue;
      expect(byActor.get(id)?.betweenness, `member ${id}`).toBeCloseTo(value, 1);
    }
  });

  it('puts the instructor and the administrator in different communities, the same at every run', () => {
    const first = measuresOf(graph);
    const second = measuresOf(graph);
    expect(first.get('0')?.community).not.toBe(first.get('33')?.community);
    expect([...second.values()].map((row) => row.community)).toEqual([...first.values()].map((row) => row.community));
  });
});
