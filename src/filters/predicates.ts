import { NATIONAL_SCOPE } from '../domain/regions';
import type { AllianceGraph } from '../model/graph';
import type { ActorRecord, AllianceRecord } from '../model/types';
import { isPeriodActive, type ActorFacet, type Filters, type YearRange } from './types';

// The single tests of section 3, shared by applyFilters and facetCounts.

export type ActorTest = (id: string, actor: ActorRecord) => boolean;
export type AllianceTest = (alliance: AllianceRecord) => boolean;

const DATE = /^(\d{4})(?:-\d{2})?$/;

/** The year of a "YYYY" or "YYYY-MM" date; `null` when absent or not in that form. */
export function yearOf(date: string | undefined): number | null {
  const match = date === undefined ? null : DATE.exec(date);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * Whether an alliance's years overlap the range, ends inclusive. An alliance without a start has
 * always existed, one without an end is ongoing; a date not in "YYYY"/"YYYY-MM" form counts as
 * absent (validation rejects such files anyway).
 */
export function overlapsPeriod(alliance: AllianceRecord, range: YearRange): boolean {
  const start = yearOf(alliance.start) ?? -Infinity;
  const end = yearOf(alliance.end) ?? Infinity;
  const from = range.from ?? -Infinity;
  const to = range.to ?? Infinity;
  return start <= to && end >= from;
}

export function hasSupport(alliance: AllianceRecord, codes: ReadonlySet<string>): boolean {
  return (alliance.support ?? []).some((code) => codes.has(code));
}

/** Every active alliance filter, optionally leaving `support` out (for its facet). */
export function allianceTests(filters: Filters, except?: 'support'): AllianceTest[] {
  const tests: AllianceTest[] = [];
  if (except !== 'support' && filters.support.length > 0) {
    const codes = new Set(filters.support);
    tests.push((alliance) => hasSupport(alliance, codes));
  }
  const period = filters.period;
  if (isPeriodActive(period)) tests.push((alliance) => overlapsPeriod(alliance, period));
  return tests;
}

/** An actor's SDGs: its own and those of all its alliances, whichever filters hide them. */
export function actorSdgSet(graph: AllianceGraph, id: string, actor: ActorRecord): Set<number> {
  const sdgs = new Set<number>(actor.sdgs ?? []);
  graph.forEachEdge(id, (_edge, alliance) => {
    for (const sdg of alliance.sdgs ?? []) sdgs.add(sdg);
  });
  return sdgs;
}

const masksByGraph = new WeakMap<AllianceGraph, ReadonlyMap<string, number>>();

/**
 * Each actor's goals (its own and its alliances', in either direction) as the bits of a number
 * (bit n for goal n; goals are 1-17, the data format's rule), in one pass over the alliances.
 * Made once per graph (a graph is not changed once loaded): the SDG filter, its facet, the
 * appearance and the summary all read it, and a filter at 50,000 actors then walks no alliance.
 */
export function actorSdgMasks(graph: AllianceGraph): ReadonlyMap<string, number> {
  const made = masksByGraph.get(graph);
  if (made) return made;
  const masks = new Map<string, number>();
  graph.forEachNode((id, actor) => {
    masks.set(id, sdgMaskOf(actor.sdgs));
  });
  graph.forEachEdge((_edge, alliance, source, target) => {
    if (!alliance.sdgs || alliance.sdgs.length === 0) return;
    const mask = sdgMaskOf(alliance.sdgs);
    masks.set(source, (masks.get(source) ?? 0) | mask);
    masks.set(target, (masks.get(target) ?? 0) | mask);
  });
  masksByGraph.set(graph, masks);
  return masks;
}

export function sdgMaskOf(sdgs: readonly number[] | undefined): number {
  let mask = 0;
  for (const sdg of sdgs ?? []) mask |= 1 << sdg;
  return mask;
}

const indexByGraph = new WeakMap<AllianceGraph, ReadonlyMap<string, readonly number[]>>();

/**
 * actorSdgSet for every actor at once: each actor's goals in increasing order. Made once per
 * graph too: the SDG facet reads it again at each filter.
 */
export function actorSdgIndex(graph: AllianceGraph): ReadonlyMap<string, readonly number[]> {
  const made = indexByGraph.get(graph);
  if (made) return made;
  const index = new Map<string, readonly number[]>();
  for (const [id, mask] of actorSdgMasks(graph)) index.set(id, goalsOf(mask));
  indexByGraph.set(graph, index);
  return index;
}

function goalsOf(mask: number): number[] {
  const goals: number[] = [];
  for (let sdg = 1; sdg <= 31; sdg += 1) if (mask & (1 << sdg)) goals.push(sdg);
  return goals;
}

export function isNational(actor: ActorRecord): boolean {
  return (actor.regions ?? []).includes(NATIONAL_SCOPE);
}

function hasRegionIn(actor: ActorRecord, selected: ReadonlySet<string>): boolean {
  return (actor.regions ?? []).some((region) => selected.has(region));
}

/** Actors with an alliance, in either direction, to an actor holding one of the selected regions. */
export function linkedToRegions(graph: AllianceGraph, selected: ReadonlySet<string>): Set<string> {
  const linked = new Set<string>();
  graph.forEachEdge((_edge, _alliance, source, target, sourceActor, targetActor) => {
    if (hasRegionIn(targetActor, selected)) linked.add(source);
    if (hasRegionIn(sourceActor, selected)) linked.add(target);
  });
  return linked;
}

/**
 * The region filter. An actor passes if one of its regions is selected (so national actors pass
 * when "FR" is). Otherwise a national actor passes under `all`; under `linked` if it has an
 * alliance, in either direction and whatever filters say of that alliance, with an actor holding
 * one of the selected regions (that partner need not pass the other filters); under `none` it
 * fails. An actor without regions fails.
 */
export function regionTest(graph: AllianceGraph, selected: ReadonlySet<string>, national: Filters['national']): ActorTest {
  const linked = national === 'linked' ? linkedToRegions(graph, selected) : new Set<string>();
  return (id, actor) => {
    if (hasRegionIn(actor, selected)) return true;
    if (!isNational(actor)) return false;
    return national === 'all' || linked.has(id);
  };
}

/** The SDG filter: an actor passes if its own SDGs or those of one of its alliances are wanted. */
export function sdgTest(graph: AllianceGraph, wanted: ReadonlySet<number>): ActorTest {
  const masks = actorSdgMasks(graph);
  const wantedMask = sdgMaskOf([...wanted]);
  return (id) => ((masks.get(id) ?? 0) & wantedMask) !== 0;
}

/** Every active actor filter, optionally leaving one out (for its facet). */
export function actorTests(graph: AllianceGraph, filters: Filters, except?: ActorFacet): ActorTest[] {
  const tests: ActorTest[] = [];
  if (except !== 'sdg' && filters.sdg.length > 0) tests.push(sdgTest(graph, new Set(filters.sdg)));
  if (except !== 'region' && filters.region.length > 0) tests.push(regionTest(graph, new Set(filters.region), filters.national));
  if (except !== 'kind' && filters.kind.length > 0) {
    const kinds = new Set(filters.kind);
    tests.push((_id, actor) => kinds.has(actor.kind));
  }
  return tests;
}

// Two of a kind rather than one with rest arguments: these run for every actor and alliance of a
// filter, and rest arguments make an array at each call.

export function actorPassesAll(tests: readonly ActorTest[], id: string, actor: ActorRecord): boolean {
  for (const test of tests) if (!test(id, actor)) return false;
  return true;
}

export function alliancePassesAll(tests: readonly AllianceTest[], alliance: AllianceRecord): boolean {
  for (const test of tests) if (!test(alliance)) return false;
  return true;
}
