// Seeded data files for tests and measurements: the same arguments always give the same file.
import { FORMAT_V1 } from '../model/types';
import type { ActorRecord, AllianceRecord, DataFile } from '../model/types';
import { mulberry32 } from './prng';

function file(title: string, nodes: ActorRecord[], edges: AllianceRecord[]): DataFile {
  return { format: FORMAT_V1, meta: { title }, nodes, edges };
}

function actor(id: string, kind = 'local-actor'): ActorRecord {
  return { id, label: id, kind };
}

/**
 * A random file of `order` actors where each new actor makes `edgesPerNode` alliances with earlier
 * ones, chosen half by preferential attachment (so there are hubs) and half uniformly.
 */
export function randomDataFile(order: number, edgesPerNode = 3, seed = 1): DataFile {
  const random = mulberry32(seed);
  const nodes: ActorRecord[] = [];
  const edges: AllianceRecord[] = [];
  const ends: number[] = [];
  for (let i = 0; i < order; i++) {
    nodes.push(actor(`n${i}`, i % 17 === 0 ? 'catalyst' : 'local-actor'));
    for (let k = 0; k < Math.min(i, edgesPerNode); k++) {
      const j = random() < 0.5 && ends.length ? (ends[Math.floor(random() * ends.length)] ?? 0) : Math.floor(random() * i);
      edges.push({ id: `e${edges.length}`, source: `n${i}`, target: `n${j}`, relation: 'partnership' });
      ends.push(i, j);
    }
  }
  return file(`random ${order}×${edgesPerNode} seed ${seed}`, nodes, edges);
}

/**
 * A map shaped like a real territory's: one catalyst with many ties, two funders, local actors
 * with a few cross ties, a separate group of three, two isolated actors (28 actors, 41 alliances).
 */
export function allianceDataFile(): DataFile {
  const nodes: ActorRecord[] = [actor('catalyst', 'catalyst'), actor('funder-a', 'funder'), actor('funder-b', 'funder')];
  for (let i = 1; i <= 20; i++) nodes.push(actor(`local-${i}`));
  nodes.push(actor('group-1'), actor('group-2'), actor('group-3'), actor('alone-1'), actor('alone-2'));
  const pairs: [string, string][] = [
    ['funder-a', 'catalyst'],
    ['funder-b', 'catalyst'],
    ['funder-a', 'funder-b'],
  ];
  for (let i = 1; i <= 16; i++) pairs.push(['catalyst', `local-${i}`]);
  for (const i of [2, 5, 17, 18]) pairs.push(['funder-a', `local-${i}`]);
  for (const i of [8, 11, 19, 20]) pairs.push(['funder-b', `local-${i}`]);
  pairs.push(
    ['local-1', 'local-2'],
    ['local-2', 'local-3'],
    ['local-5', 'local-6'],
    ['local-8', 'local-9'],
    ['local-9', 'local-10'],
    ['local-11', 'local-12'],
    ['local-13', 'local-14'],
    ['local-17', 'local-18'],
    ['local-19', 'local-20'],
    ['local-15', 'local-16'],
    ['group-1', 'group-2'],
    ['group-2', 'group-3'],
    ['group-3', 'group-1'],
  );
  pairs.push(['funder-a', 'catalyst']); // a second alliance between the same two actors
  const edges = pairs.map(([source, target], k): AllianceRecord => ({ id: `a${k}`, source, target, relation: 'support' }));
  return file('alliance-like map', nodes, edges);
}
