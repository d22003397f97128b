// A seeded generator of realistic synthetic alliance maps, for the benchmark and the large-map
// end-to-end tests: about 20 communities, each in a region with its own SDG themes, around a few
// hubs (catalysts and funders with many ties); national actors (region FR) that bridge them; every
// actor brings about 3 alliances (edges ≈ 3 × actors), with relations, support forms, dates and
// amounts that follow who gives what to whom. Same options, same file, byte for byte.
// CLI: scripts/bench/generate-cli.ts (`npm run generate -- --nodes 10000 --seed 1 --out FILE`).
import { NATIONAL_SCOPE, REGIONS, type Region } from '../../src/domain/regions';
import { mulberry32, type Random } from '../../src/layout/prng';
import type { ActorRecord, AllianceRecord, DataFile } from '../../src/model/types';
import {
  actorName,
  CATALYST_CATEGORIES,
  CATALYST_FORMS,
  FUNDER_CATEGORIES,
  FUNDER_FORMS,
  LOCAL_CATEGORIES,
  LOCAL_FORMS,
  pick,
} from './names';
import { placePositions, type PositionsMode } from './placement';

export type { PositionsMode } from './placement';

export interface GenerateOptions {
  /** Number of actors. */
  nodes: number;
  seed?: number;
  /** Number of communities; default nodes / 50, between 1 and 20. */
  communities?: number;
  /** Alliances each actor brings (edges ≈ this × actors); default 3. */
  alliancesPerActor?: number;
  /** How positions are computed; default {@link defaultPositionsMode}. */
  positions?: PositionsMode;
  /** Iterations of ForceAtlas2 for `layout` and `community-fa2`. */
  iterations?: number;
}

export const DEFAULT_GENERATOR_SEED = 1;

/** The app's own layout up to 10,000 actors (a few seconds in Node); above, communities + a short ForceAtlas2. */
export function defaultPositionsMode(nodes: number): PositionsMode {
  return nodes <= 10_000 ? 'layout' : 'community-fa2';
}

type Role = 'catalyst' | 'funder' | 'local-actor' | 'network' | 'public-authority';

interface Actor {
  record: ActorRecord;
  role: Role;
  /** Index of its community; -1 for national actors. */
  community: number;
  hub: boolean;
}

interface Community {
  region: Region;
  themes: number[];
  members: number[];
  hubs: number[];
}

const SUPPORT_BY_CATALYST = ['engineering', 'networks', 'tools-resources', 'data', 'governance-dialogue'] as const;
const LAST_YEAR = 2025;

/** "10 000": French grouping with a plain space, as a title shows it. */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

function distinctSdgs(random: Random, count: number, exclude: readonly number[] = []): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) {
    const sdg = 1 + Math.floor(random() * 16); // 17 is everybody's: given apart
    if (!exclude.includes(sdg)) chosen.add(sdg);
  }
  return [...chosen];
}

/** An actor's own goals: mostly its community's themes, sometimes 17, sometimes none. */
function actorSdgs(random: Random, themes: readonly number[]): number[] | undefined {
  if (random() < 0.3) return undefined;
  const sdgs = new Set<number>([pick(random, themes)]);
  if (random() < 0.35) sdgs.add(pick(random, themes));
  if (random() < 0.2) sdgs.add(17);
  if (random() < 0.1) sdgs.add(1 + Math.floor(random() * 17));
  return [...sdgs].sort((a, b) => a - b);
}

function roleCounts(n: number): [Role, number][] {
  const catalysts = Math.max(1, Math.round(n * 0.03));
  const funders = Math.max(1, Math.round(n * 0.03));
  const networks = Math.round(n * 0.015);
  const authorities = Math.round(n * 0.015);
  return [
    ['catalyst', catalysts],
    ['funder', funders],
    ['network', networks],
    ['public-authority', authorities],
    ['local-actor', Math.max(0, n - catalysts - funders - networks - authorities)],
  ];
}

function makeActors(random: Random, n: number, communities: Community[]): Actor[] {
  const roles = shuffle(
    random,
    roleCounts(n).flatMap(([role, count]) => Array.from({ length: count }, () => role)),
  );
  // Community sizes vary (a few large, many small), as regional ecosystems do.
  const weights = communities.map((_, c) => 1 / (c + 2) ** 0.5);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const chooseCommunity = (): number => {
    let r = random() * total;
    for (let c = 0; c < weights.length; c++) {
      r -= weights[c] ?? 0;
      if (r <= 0) return c;
    }
    return weights.length - 1;
  };
  const pad = String(n).length;
  return roles.slice(0, n).map((role, i): Actor => {
    const hubRole = role === 'catalyst' || role === 'funder';
    // A fifth of the hubs and networks work nationally, a few local actors too.
    const national = (hubRole || role === 'network' ? random() < 0.2 : random() < 0.01) || communities.length === 0;
    const community = national ? -1 : chooseCommunity();
    const home = communities[community];
    const forms = role === 'catalyst' || role === 'network' ? CATALYST_FORMS : role === 'funder' ? FUNDER_FORMS : LOCAL_FORMS;
    const regionName = home ? home.region.fr : 'France';
    const record: ActorRecord = {
      id: `a${String(i).padStart(pad, '0')}`,
      label: role === 'public-authority' ? `Collectivité ${regionName} ${i}` : actorName(random, forms, regionName),
      kind: role,
      category: pick(
        random,
        role === 'catalyst' || role === 'network' ? CATALYST_CATEGORIES : role === 'funder' ? FUNDER_CATEGORIES : LOCAL_CATEGORIES,
      ),
      regions: home ? [home.region.code] : [NATIONAL_SCOPE],
    };
    const sdgs = actorSdgs(random, home?.themes ?? [17, 1 + Math.floor(random() * 16)]);
    if (sdgs) record.sdgs = sdgs;
    if (random() < 0.6) record.founded = String(1950 + Math.floor(random() * 71));
    if (random() < 0.3) record.url = `https://example.org/${record.id}`;
    const actor: Actor = { record, role, community, hub: hubRole };
    if (home) {
      home.members.push(i);
      if (hubRole) home.hubs.push(i);
    }
    return actor;
  });
}

function yearOrMonth(random: Random, year: number): string {
  return random() < 0.5 ? String(year) : `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
}

function amount(random: Random): number {
  // Log-uniform between 2,000 and 500,000 EUR, rounded to 500.
  return Math.round(Math.exp(Math.log(2000) + random() * Math.log(250)) / 500) * 500;
}

/** The alliance between two actors: relation and direction follow their roles (docs/data-format.md). */
function alliance(random: Random, id: string, a: Actor, b: Actor, themes: readonly number[]): AllianceRecord {
  const giverFirst = (giver: Actor, taker: Actor) => ({ source: giver.record.id, target: taker.record.id });
  let edge: AllianceRecord;
  const funder = a.role === 'funder' || a.role === 'public-authority' ? a : b.role === 'funder' || b.role === 'public-authority' ? b : null;
  const catalyst = a.role === 'catalyst' || a.role === 'network' ? a : b.role === 'catalyst' || b.role === 'network' ? b : null;
  if (funder) {
    const other = funder === a ? b : a;
    const r = random();
    if (r < 0.6)
      edge = {
        id,
        ...giverFirst(funder, other),
        relation: 'funding',
        support: ['direct-funding'],
        amount: amount(random),
        currency: 'EUR',
      };
    else if (r < 0.75)
      edge = {
        id,
        ...giverFirst(funder, other),
        relation: 'award',
        support: ['direct-funding', 'visibility'],
        amount: amount(random),
        currency: 'EUR',
      };
    else if (r < 0.85) edge = { id, ...giverFirst(funder, other), relation: 'label', support: ['visibility'] };
    else
      edge = {
        id,
        ...giverFirst(funder, other),
        relation: funder.role === 'public-authority' ? 'contract' : 'support',
        support: ['engineering'],
      };
    if (edge.relation === 'funding' && random() < 0.3) edge.support = ['direct-funding', 'visibility'];
  } else if (catalyst) {
    const other = catalyst === a ? b : a;
    const r = random();
    if (r < 0.4) {
      const forms = shuffle(random, [...SUPPORT_BY_CATALYST]).slice(0, 1 + Math.floor(random() * 3));
      edge = { id, ...giverFirst(catalyst, other), relation: 'support', support: forms };
    } else if (r < 0.7) edge = { id, ...giverFirst(other, catalyst), relation: 'membership', support: ['networks'] };
    else if (r < 0.85) edge = { id, ...giverFirst(catalyst, other), relation: 'introduction', support: ['networks'] };
    else edge = { id, ...giverFirst(catalyst, other), relation: 'animation', support: ['governance-dialogue'] };
  } else {
    const r = random();
    if (r < 0.6) edge = { id, ...giverFirst(a, b), relation: 'partnership' };
    else if (r < 0.8) edge = { id, ...giverFirst(a, b), relation: 'contract', amount: amount(random), currency: 'EUR' };
    else if (r < 0.9) edge = { id, ...giverFirst(a, b), relation: 'introduction', support: ['networks'] };
    else edge = { id, ...giverFirst(a, b), relation: 'founding' };
    if (edge.relation === 'partnership' && random() < 0.4) edge.support = ['tools-resources'];
  }
  const start = LAST_YEAR - Math.floor(random() ** 1.5 * 18);
  if (random() < 0.85) edge.start = yearOrMonth(random, start);
  if (edge.start !== undefined && random() < 0.45) edge.end = String(Math.min(LAST_YEAR, start + 1 + Math.floor(random() * 5)));
  const s = random();
  if (s < 0.4) edge.sdgs = [pick(random, themes)];
  else if (s < 0.51) edge.sdgs = [17];
  else if (s < 0.56) edge.sdgs = [1 + Math.floor(random() * 17)];
  return edge;
}

function makeAlliances(random: Random, actors: Actor[], communities: Community[], perActor: number): AllianceRecord[] {
  const n = actors.length;
  const national = actors.flatMap((actor, i) => (actor.community === -1 ? [i] : []));
  const allHubs = actors.flatMap((actor, i) => (actor.hub ? [i] : []));
  const pairs = new Set<number>();
  const edges: AllianceRecord[] = [];
  const idPad = String(Math.round(n * perActor * 1.5)).length;
  const order = shuffle(
    random,
    Array.from({ length: n }, (_, i) => i),
  );

  const partnerOf = (i: number, home: Community | undefined): number => {
    const r = random();
    if (!home) return r < 0.7 && allHubs.length > 0 ? pick(random, allHubs) : Math.floor(random() * n);
    if (r < 0.35 && home.hubs.length > 0) {
      // Hubs of a community are not equal: the first ones draw most ties.
      return home.hubs[Math.floor(random() ** 2 * home.hubs.length)] ?? i;
    }
    if (r < 0.8) return pick(random, home.members);
    if (r < 0.92) {
      const other = pick(random, communities);
      if (other.hubs.length > 0 && random() < 0.5) return pick(random, other.hubs);
      return other.members.length > 0 ? pick(random, other.members) : Math.floor(random() * n);
    }
    return national.length > 0 ? pick(random, national) : pick(random, home.members);
  };

  for (const i of order) {
    const actor = actors[i];
    if (!actor) continue;
    const home = communities[actor.community];
    // 1 to 2 × perActor - 1 alliances, perActor on average.
    const count = 1 + Math.floor(random() * (2 * perActor - 1));
    for (let k = 0; k < count; k++) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const j = partnerOf(i, home);
        const other = actors[j];
        const key = Math.min(i, j) * n + Math.max(i, j);
        if (j === i || !other || pairs.has(key)) continue;
        pairs.add(key);
        const themes = home?.themes ?? communities[other.community]?.themes ?? [17];
        edges.push(alliance(random, `e${String(edges.length).padStart(idPad, '0')}`, actor, other, themes));
        break;
      }
    }
  }
  return edges;
}

/** A synthetic data file ("alliance-map/1") of `nodes` actors; same options, same file. */
export function generateMap(options: GenerateOptions): DataFile {
  const n = Math.max(1, Math.floor(options.nodes));
  const seed = options.seed ?? DEFAULT_GENERATOR_SEED;
  const random = mulberry32(Math.imul(seed, 0x9e3779b1) ^ n);
  const communityCount = options.communities ?? Math.min(20, Math.max(1, Math.round(n / 50)));
  const regions = [...REGIONS].sort((a, b) => (a.zone === b.zone ? 0 : a.zone === 'metropolitan' ? -1 : 1));
  const communities: Community[] = Array.from({ length: communityCount }, (_, c) => ({
    region: regions[c % regions.length] ?? (regions[0] as Region),
    themes: distinctSdgs(random, 2 + Math.floor(random() * 2)),
    members: [],
    hubs: [],
  }));
  const actors = makeActors(random, n, communities);
  const edges = makeAlliances(random, actors, communities, options.alliancesPerActor ?? 3);
  const file: DataFile = {
    format: 'alliance-map/1',
    meta: {
      title: `Carte synthétique (${groupDigits(n)} acteurs)`,
      description:
        `Carte générée automatiquement (scripts/bench/generate.ts, graine ${seed}) pour mesurer les performances : ` +
        `${communityCount} communautés, ${groupDigits(edges.length)} alliances. Acteurs et alliances sont fictifs.`,
      lang: 'fr',
      updated: '2026-01-01',
      license: 'CC0-1.0',
      kinds: {
        network: { fr: 'Réseau', en: 'Network' },
        'public-authority': { fr: 'Pouvoir public', en: 'Public authority' },
      },
    },
    nodes: actors.map((actor) => actor.record),
    edges,
  };
  const mode = options.positions ?? defaultPositionsMode(n);
  if (mode !== 'none') {
    const communityOf = actors.map((actor) => actor.community);
    const hubs = actors.map((actor) => actor.hub);
    placePositions(file, { mode, seed, communityOf, hubs, communities: communityCount, iterations: options.iterations });
  }
  return file;
}
