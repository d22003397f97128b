import { scaleSqrt } from 'd3-scale';
import type { Lang } from '../domain/types';
import { sdgByNumber } from '../domain/sdgs';
import { UNDIRECTED_RELATIONS } from '../domain/relations';
import { localLabel } from '../i18n/format';
import type { AllianceGraph } from '../model/graph';
import { kindVisuals, type KindVisual } from '../map/kindVisuals';
import { MULTI_SUPPORT_COLOUR, NO_SUPPORT_COLOUR, supportVisual } from '../map/supportVisuals';
import { actorSdgIndex } from '../filters';
import type { Measures } from '../insight/measures';
import { communityColour, type ColourBy } from './colourBy';
import { measuredValue, sizeValue, type SizeMeasure } from './sizeMeasures';

// How each actor and alliance looks, derived from the model alone. Renderers read this; they
// never decide colours or sizes themselves.
export interface ActorAppearance {
  id: string;
  label: string;
  kind: string;
  shape: string;
  colour: string;
  /** Diameter in model units. */
  size: number;
  /** Label font size in model units: larger for more connected actors, so they stay readable longest. */
  fontSize: number;
  /** The actor's SDGs (its own and its alliances'), in order: the ring's segments, one colour each. */
  sdgs: number[];
  sdgColours: string[];
  isGroup: boolean;
  /** 0 for the actor with most alliances: the order in which labels stay shown as the map zooms out. */
  labelRank: number;
}

export interface AllianceAppearance {
  id: string;
  source: string;
  target: string;
  colour: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  dashPattern: number[];
  directed: boolean;
}

export interface Appearance {
  actors: ActorAppearance[];
  alliances: AllianceAppearance[];
  kinds: Map<string, KindVisual>;
}

const SIZE_RANGE: [number, number] = [26, 64];
const FONT_RANGE: [number, number] = [12, 20];
const WIDTH_RANGE: [number, number] = [2, 9];
const DEFAULT_WIDTH = 2;

/** How the reader chose to read the map beyond its kinds: colours, and measures to size by. */
export interface Reading {
  colourBy?: ColourBy;
  /** The measures of the map or of the filtered view, once computed (null while they are). */
  measures?: Measures | null;
}

/** An actor's size value: from the measures when they are there, else from the graph. */
function sizeValues(graph: AllianceGraph, sizeBy: SizeMeasure, measures: Measures | null): Map<string, number> {
  return new Map(
    graph.mapNodes((id) => {
      const measured = measures?.byActor.get(id);
      return [id, measures ? (measured ? measuredValue(measured, sizeBy) : 0) : sizeValue(graph, id, sizeBy)] as const;
    }),
  );
}

export function computeAppearance(graph: AllianceGraph, lang: Lang, sizeBy: SizeMeasure = 'alliances', reading: Reading = {}): Appearance {
  const kindsInUse = new Set<string>();
  graph.forEachNode((_id, attributes) => kindsInUse.add(attributes.kind));
  const kinds = kindVisuals(graph.getAttributes(), kindsInUse);
  const measures = reading.measures ?? null;
  const byCommunity = reading.colourBy === 'community' && measures !== null;

  const measure = sizeValues(graph, sizeBy, measures);
  let maxMeasure = 1;
  for (const value of measure.values()) maxMeasure = Math.max(maxMeasure, value);
  // An actor's SDGs: its own and its alliances' (one pass over the alliances for all actors).
  const sdgsOf = actorSdgIndex(graph);
  const sdgColour = (sdg: number) => sdgByNumber(sdg)?.colour ?? '#999999';
  const size = scaleSqrt().domain([0, maxMeasure]).range(SIZE_RANGE);
  const font = scaleSqrt().domain([0, maxMeasure]).range(FONT_RANGE);
  const valueOf = (id: string) => measure.get(id) ?? 0;

  const actors = graph.mapNodes((id, attributes): ActorAppearance => {
    const visual = kinds.get(attributes.kind);
    const sdgs = [...(sdgsOf.get(id) ?? [])];
    return {
      id,
      label: localLabel(attributes.label, attributes.labels, lang),
      kind: attributes.kind,
      shape: visual?.shape ?? 'ellipse',
      colour: byCommunity ? communityColour(measures.byActor.get(id)?.community ?? 0) : (visual?.colour ?? '#777777'),
      size: size(valueOf(id)),
      fontSize: Math.round(font(valueOf(id))),
      sdgs,
      sdgColours: sdgs.map(sdgColour),
      isGroup: attributes.members !== undefined,
      labelRank: 0,
    };
  });
  const ranked = actors.map((actor) => ({ actor, value: valueOf(actor.id), degree: graph.degree(actor.id) }));
  ranked
    .sort((a, b) => b.value - a.value || b.degree - a.degree || (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0))
    .forEach(({ actor }, rank) => {
      actor.labelRank = rank;
    });

  let maxAmount = 0;
  graph.forEachEdge((_id, attributes) => {
    maxAmount = Math.max(maxAmount, attributes.amount ?? 0);
  });
  const width = scaleSqrt()
    .domain([0, Math.max(maxAmount, 1)])
    .range(WIDTH_RANGE);

  const alliances = graph.mapEdges((id, attributes, source, target): AllianceAppearance => {
    const forms = attributes.support ?? [];
    const single = forms.length === 1 && forms[0] !== undefined ? supportVisual(forms[0]) : undefined;
    return {
      id,
      source,
      target,
      colour: single?.colour ?? (forms.length > 1 ? MULTI_SUPPORT_COLOUR : NO_SUPPORT_COLOUR),
      width: attributes.amount === undefined ? DEFAULT_WIDTH : width(attributes.amount),
      lineStyle: single?.lineStyle ?? 'solid',
      dashPattern: single?.dashPattern ?? [],
      directed: !UNDIRECTED_RELATIONS.has(attributes.relation),
    };
  });

  return { actors, alliances, kinds };
}
