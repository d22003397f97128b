// The numbers behind the map, per actor: pure, on a Topology (./topology.ts), the same on the main
// thread and in the worker. Betweenness and communities treat every alliance as linking both ways.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { DEFAULT_SEED, mulberry32 } from '../layout/prng';
import type { Topology } from './topology';

export interface ActorMeasures {
  alliances: number;
  partners: number;
  received: number;
  given: number;
  amountReceived: number;
  amountGiven: number;
  /** Shortest paths between other actors that pass through this one (not normalised). */
  betweenness: number;
  /** 1 for the largest community, 2 for the next…; 0 for an actor with no alliance. */
  community: number;
}

export interface Measures {
  byActor: Map<string, ActorMeasures>;
  /** Communities of two actors or more. */
  communityCount: number;
}

/** Every alliance once as a link between two different actors; parallel alliances add weight. */
function undirectedLinks(topology: Topology): Graph<Record<string, never>, { weight: number }> {
  const graph = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of topology.ids) graph.addNode(id);
  for (let edge = 0; edge < topology.sources.length; edge += 1) {
    const source = topology.ids[topology.sources[edge]!]!;
    const target = topology.ids[topology.targets[edge]!]!;
    if (source === target) continue;
    graph.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  }
  return graph;
}

/**
 * Louvain's communities, seeded so a map gives the same ones at every load, renumbered by size
 * (largest first; ties by their first actor in file order) so the numbers are stable too.
 */
function communities(links: Graph<Record<string, never>, { weight: number }>, ids: readonly string[]): Map<string, number> {
  const found = links.size === 0 ? {} : louvain(links, { getEdgeWeight: 'weight', rng: mulberry32(DEFAULT_SEED) });
  const members = new Map<number, string[]>();
  for (const id of ids) {
    if (links.degree(id) === 0) continue;
    const community = found[id] ?? -1;
    const list = members.get(community);
    if (list) list.push(id);
    else members.set(community, [id]);
  }
  const order = new Map(ids.map((id, position) => [id, position]));
  const ranked = [...members.values()].sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!);
  const numbers = new Map<string, number>();
  ranked.forEach((list, rank) => list.forEach((id) => numbers.set(id, rank + 1)));
  return numbers;
}

export function computeMeasures(topology: Topology): Measures {
  const { ids, sources, targets, amounts } = topology;
  const byActor = new Map<string, ActorMeasures>();
  const partnersOf = ids.map(() => new Set<number>());
  const rows = ids.map((id) => {
    const row: ActorMeasures = {
      alliances: 0,
      partners: 0,
      received: 0,
      given: 0,
      amountReceived: 0,
      amountGiven: 0,
      betweenness: 0,
      community: 0,
    };
    byActor.set(id, row);
    return row;
  });
  for (let edge = 0; edge < sources.length; edge += 1) {
    const from = sources[edge]!;
    const to = targets[edge]!;
    const amount = Number.isNaN(amounts[edge]!) ? 0 : amounts[edge]!;
    rows[from]!.alliances += 1;
    rows[from]!.given += 1;
    rows[from]!.amountGiven += amount;
    rows[to]!.received += 1;
    rows[to]!.amountReceived += amount;
    if (from !== to) {
      rows[to]!.alliances += 1;
      partnersOf[from]!.add(to);
      partnersOf[to]!.add(from);
    }
  }
  const links = undirectedLinks(topology);
  const betweenness = links.size === 0 ? {} : betweennessCentrality(links, { normalized: false });
  const community = communities(links, ids);
  ids.forEach((id, index) => {
    const row = rows[index]!;
    row.partners = partnersOf[index]!.size;
    row.betweenness = betweenness[id] ?? 0;
    row.community = community.get(id) ?? 0;
  });
  let communityCount = 0;
  for (const number of community.values()) communityCount = Math.max(communityCount, number);
  return { byActor, communityCount };
}
