import { BUILT_IN_KINDS } from '../domain/kinds';
import { SCOPES } from '../domain/regions';
import { SDGS } from '../domain/sdgs';
import { SUPPORT_CODES } from '../domain/supportForms';
import type { AllianceGraph } from '../model/graph';
import type { ActorRecord } from '../model/types';
import { actorPassesAll, actorSdgIndex, actorTests, alliancePassesAll, allianceTests, isNational } from './predicates';
import { isAllianceFilterActive, type ActorFacet, type Filters } from './types';

/**
 * What would be visible with one option alone chosen in its filter, the other filters unchanged
 * (docs/filters.md, "Counts"). `actors` is the count shown beside the option; `alliances`
 * is the number of visible alliances in that same view, for whoever wants it.
 */
export interface FacetCount {
  actors: number;
  alliances: number;
}

export interface FacetCounts {
  /** 1..17 in order. */
  sdg: Map<number, FacetCount>;
  /** Every scope code, regions then "FR". */
  region: Map<string, FacetCount>;
  /** Kinds present in the graph (built-ins first, then others sorted), plus any selected kind. */
  kind: Map<string, FacetCount>;
  /** The seven support codes in their canonical order. */
  support: Map<string, FacetCount>;
}

// Rather than running applyFilters once per option, each facet takes one pass over nodes and one
// over edges: with only its own filter replaced by {o}, an actor is in A_o when it passes the other
// actor filters and o is among its "options" (its SDGs, its kind, the regions it would pass for),
// and an alliance is in E_o when it passes the alliance filters and o is an option of both ends.
// test/unit/facets.test.ts checks this against applyFilters on random graphs.

export type FacetName = keyof FacetCounts;

/** The facets in the order the filters panel shows them. */
export const FACET_NAMES: readonly FacetName[] = ['sdg', 'region', 'kind', 'support'];

const COUNTERS: { [N in FacetName]: (graph: AllianceGraph, filters: Filters) => FacetCounts[N] } = {
  sdg: (graph, filters) =>
    actorFacet(
      graph,
      filters,
      'sdg',
      SDGS.map((sdg) => sdg.number),
      sdgOptionsOf(graph),
    ),
  region: (graph, filters) => {
    const regionOptions = SCOPES.map((scope) => scope.code);
    return actorFacet(graph, filters, 'region', regionOptions, regionOptionsOf(graph, filters, regionOptions));
  },
  kind: (graph, filters) => actorFacet(graph, filters, 'kind', kindOptions(graph, filters), (_id, actor) => [actor.kind]),
  support: supportFacet,
};

/** One facet's counts: each is a pass over the map, so a large map can count them one at a time. */
export function facetCount<F extends FacetName>(graph: AllianceGraph, filters: Filters, facet: F): FacetCounts[F] {
  return COUNTERS[facet](graph, filters);
}

export function facetCounts(graph: AllianceGraph, filters: Filters): FacetCounts {
  return {
    sdg: facetCount(graph, filters, 'sdg'),
    region: facetCount(graph, filters, 'region'),
    kind: facetCount(graph, filters, 'kind'),
    support: facetCount(graph, filters, 'support'),
  };
}

type OptionsOf<O> = (id: string, actor: ActorRecord) => Iterable<O>;

function sdgOptionsOf(graph: AllianceGraph): OptionsOf<number> {
  const index = actorSdgIndex(graph);
  return (id) => index.get(id) ?? [];
}

/** The regions an actor would pass for, each chosen alone (see regionTest). */
function regionOptionsOf(graph: AllianceGraph, filters: Filters, all: readonly string[]): OptionsOf<string> {
  const linked = new Map<string, Set<string>>();
  if (filters.national === 'linked') {
    const link = (id: string, actor: ActorRecord, partner: ActorRecord): void => {
      if (!isNational(actor)) return;
      let regions = linked.get(id);
      if (regions === undefined) linked.set(id, (regions = new Set(actor.regions)));
      for (const region of partner.regions ?? []) regions.add(region);
    };
    graph.forEachEdge((_edge, _alliance, source, target, sourceActor, targetActor) => {
      link(source, sourceActor, targetActor);
      link(target, targetActor, sourceActor);
    });
  }
  return (id, actor) => {
    if (!isNational(actor) || filters.national === 'none') return actor.regions ?? [];
    if (filters.national === 'all') return all;
    return linked.get(id) ?? actor.regions ?? [];
  };
}

function kindOptions(graph: AllianceGraph, filters: Filters): string[] {
  const present = new Set<string>(filters.kind);
  graph.forEachNode((_id, actor) => {
    present.add(actor.kind);
  });
  const builtIn = BUILT_IN_KINDS.filter((kind) => present.has(kind));
  const others = [...present].filter((kind) => !(BUILT_IN_KINDS as readonly string[]).includes(kind)).sort();
  return [...builtIn, ...others];
}

function emptyCounts<O>(options: readonly O[]): Map<O, FacetCount> {
  return new Map(options.map((option) => [option, { actors: 0, alliances: 0 }]));
}

function actorFacet<O>(
  graph: AllianceGraph,
  filters: Filters,
  facet: ActorFacet,
  options: readonly O[],
  optionsOf: OptionsOf<O>,
): Map<O, FacetCount> {
  const counts = emptyCounts(options);
  const others = actorTests(graph, filters, facet);
  const actorOptions = new Map<string, Set<O>>();
  graph.forEachNode((id, actor) => {
    if (!actorPassesAll(others, id, actor)) return;
    const mine = new Set<O>();
    for (const option of optionsOf(id, actor)) if (counts.has(option)) mine.add(option);
    actorOptions.set(id, mine);
  });

  const onAlliance = allianceTests(filters);
  const endsOnly = isAllianceFilterActive(filters) && filters.isolated === 'hide';
  const ends = new Map<O, Set<string>>(options.map((option) => [option, new Set<string>()]));
  graph.forEachEdge((_id, alliance, source, target) => {
    const fromOptions = actorOptions.get(source);
    const toOptions = actorOptions.get(target);
    if (fromOptions === undefined || toOptions === undefined || !alliancePassesAll(onAlliance, alliance)) return;
    for (const option of fromOptions) {
      if (!toOptions.has(option)) continue;
      counts.get(option)!.alliances += 1;
      if (endsOnly) ends.get(option)!.add(source).add(target);
    }
  });

  if (endsOnly) {
    for (const [option, count] of counts) count.actors = ends.get(option)!.size;
  } else {
    for (const mine of actorOptions.values()) for (const option of mine) counts.get(option)!.actors += 1;
  }
  return counts;
}

function supportFacet(graph: AllianceGraph, filters: Filters): Map<string, FacetCount> {
  const counts = emptyCounts<string>(SUPPORT_CODES);
  const onActor = actorTests(graph, filters);
  const actorPass = new Set<string>();
  graph.forEachNode((id, actor) => {
    if (actorPassesAll(onActor, id, actor)) actorPass.add(id);
  });

  // With a support code chosen an alliance filter is always active.
  const onAlliance = allianceTests(filters, 'support');
  const ends = new Map<string, Set<string>>(SUPPORT_CODES.map((code) => [code, new Set<string>()]));
  graph.forEachEdge((_id, alliance, source, target) => {
    if (!actorPass.has(source) || !actorPass.has(target) || !alliancePassesAll(onAlliance, alliance)) return;
    for (const code of new Set(alliance.support ?? [])) {
      const count = counts.get(code);
      if (count === undefined) continue;
      count.alliances += 1;
      if (filters.isolated === 'hide') ends.get(code)!.add(source).add(target);
    }
  });
  for (const [code, count] of counts) count.actors = filters.isolated === 'show' ? actorPass.size : ends.get(code)!.size;
  return counts;
}
