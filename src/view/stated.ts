// "Only what the sources state" (URL `stated=1`; docs/data-format.md, "Stated facts and readings"):
// which elements and colours of the map rest on readings alone, and the appearance with those
// faded. Pure functions of the model: both drawings and the SVG export draw what they return.
import type { AllianceGraph } from '../model/graph';
import { provenanceOf, type Standing } from '../model/provenance';
import type { Appearance } from './appearance';
import { over } from './colours';
import { THEME, type Theme } from './theme';

export interface ReadingsOnly {
  /** Actors whose label is only a reading: faded as a whole. */
  actors: ReadonlySet<string>;
  /** Actors whose kind is only a reading: their kind's colour fades. */
  kinds: ReadonlySet<string>;
  /** For each actor, the SDGs it has through readings only, its own and its alliances' alike. */
  sdgs: ReadonlyMap<string, ReadonlySet<number>>;
  /** Alliances whose relation is only a reading: faded as a whole. */
  alliances: ReadonlySet<string>;
  /** Alliances whose every form of support is only a reading: their colour fades. */
  support: ReadonlySet<string>;
}

const RANK: Record<Standing, number> = { none: 0, reading: 1, stated: 2 };

/** What rests on readings alone in a map. A fact with no citation at all is not a reading: it stays. */
export function readingsOnly(graph: AllianceGraph): ReadingsOnly {
  const actors = new Set<string>();
  const kinds = new Set<string>();
  const alliances = new Set<string>();
  const support = new Set<string>();
  // Per actor and SDG, the best standing among its own sdgs and those of its alliances.
  const best = new Map<string, Map<number, Standing>>();
  const note = (id: string, sdg: number, standing: Standing) => {
    const byGoal = best.get(id) ?? new Map<number, Standing>();
    best.set(id, byGoal);
    const known = byGoal.get(sdg);
    if (known === undefined || RANK[standing] > RANK[known]) byGoal.set(sdg, standing);
  };

  graph.forEachNode((id, actor) => {
    if (provenanceOf(actor.sources, 'label').standing === 'reading') actors.add(id);
    if (provenanceOf(actor.sources, 'kind').standing === 'reading') kinds.add(id);
    for (const sdg of actor.sdgs ?? []) note(id, sdg, provenanceOf(actor.sources, 'sdgs', sdg).standing);
  });
  graph.forEachEdge((id, alliance, source, target) => {
    if (provenanceOf(alliance.sources, 'relation').standing === 'reading') alliances.add(id);
    const forms = alliance.support ?? [];
    if (forms.length > 0 && forms.every((code) => provenanceOf(alliance.sources, 'support', code).standing === 'reading')) support.add(id);
    for (const sdg of alliance.sdgs ?? []) {
      const { standing } = provenanceOf(alliance.sources, 'sdgs', sdg);
      note(source, sdg, standing);
      note(target, sdg, standing);
    }
  });

  const sdgs = new Map<string, Set<number>>();
  for (const [id, byGoal] of best) {
    const read = [...byGoal].filter(([, standing]) => standing === 'reading').map(([sdg]) => sdg);
    if (read.length > 0) sdgs.set(id, new Set(read));
  }
  return { actors, kinds, sdgs, alliances, support };
}

/** A colour as drawn when it rests on readings alone: faded over the paper. */
export function readingColour(colour: string, theme: Theme = THEME): string {
  return over(colour, theme.reading.opacity, theme.ink.paper);
}

/** The appearance with every colour that rests on readings alone faded over the paper. */
export function statedOnly(appearance: Appearance, readings: ReadingsOnly, theme: Theme = THEME): Appearance {
  const fade = (colour: string) => readingColour(colour, theme);
  return {
    ...appearance,
    actors: appearance.actors.map((actor) => {
      const whole = readings.actors.has(actor.id);
      const goals = readings.sdgs.get(actor.id);
      if (!whole && !readings.kinds.has(actor.id) && goals === undefined) return actor;
      return {
        ...actor,
        colour: whole || readings.kinds.has(actor.id) ? fade(actor.colour) : actor.colour,
        sdgColours: actor.sdgColours.map((colour, index) => (whole || goals?.has(actor.sdgs[index] ?? 0) ? fade(colour) : colour)),
      };
    }),
    alliances: appearance.alliances.map((alliance) =>
      readings.alliances.has(alliance.id) || readings.support.has(alliance.id) ? { ...alliance, colour: fade(alliance.colour) } : alliance,
    ),
  };
}
