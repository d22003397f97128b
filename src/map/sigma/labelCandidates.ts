// Which actors may have a label at the current zoom, found without looking at every actor.
// Sigma offers every node to the label drawer each frame and copies each one's display data to
// do so (about 60 ms a frame at 10,000 actors, whatever the zoom); the label rules (labelRules.ts)
// only ever show the most important actors, those whose font is readable at this zoom, and the
// highlighted ones. Two orderings, made once per graph, give the first two as prefixes.
import { minScreenFont, type LabelScreen } from '../labelRules';
import type { SigmaGraph } from './sigmaGraph';

export interface LabelCandidates {
  /** Actors by font size, largest first, and their font sizes in the same order. */
  byFont: string[];
  fonts: Float64Array;
  /** Actors by label rank, most important first, and their ranks in the same order. */
  byRank: string[];
  ranks: Float64Array;
}

/** The ids in the order of `values` (descending or ascending), and the values in that order. */
function ordered(ids: readonly string[], values: Float64Array, descending: boolean): { ids: string[]; values: Float64Array } {
  const order = new Uint32Array(values.length).map((_, index) => index);
  order.sort(descending ? (a, b) => values[b]! - values[a]! : (a, b) => values[a]! - values[b]!);
  return { ids: Array.from(order, (index) => ids[index]!), values: values.map((_, index) => values[order[index]!]!) };
}

export function labelCandidates(graph: SigmaGraph): LabelCandidates {
  const ids: string[] = [];
  const fonts = new Float64Array(graph.order);
  const ranks = new Float64Array(graph.order);
  graph.forEachNode((id, attributes) => {
    fonts[ids.length] = attributes.fontSize;
    ranks[ids.length] = attributes.labelRank;
    ids.push(id);
  });
  const byFont = ordered(ids, fonts, true);
  const byRank = ordered(ids, ranks, false);
  return { byFont: byFont.ids, fonts: byFont.values, byRank: byRank.ids, ranks: byRank.values };
}

/**
 * The actors whose label the rules may show on this screen: a superset of them (the drawer still
 * applies the rules), drawn in this order, the forced ones (hovered, selected, their partners)
 * last, above the others. The few an arrangement names are among the important ones.
 */
export function labelsToConsider(
  candidates: LabelCandidates,
  screen: Pick<LabelScreen, 'zoom' | 'presenting'>,
  important: number,
  forced: Iterable<string>,
): string[] {
  // A hair lower than the rule's bound, so rounding never leaves out a label the rule shows.
  const readableFrom = (minScreenFont(screen.presenting) / screen.zoom) * (1 - 1e-9);
  let readable = 0;
  while (readable < candidates.byFont.length && candidates.fonts[readable]! >= readableFrom) readable += 1;
  let ranked = 0;
  while (ranked < candidates.byRank.length && candidates.ranks[ranked]! < important) ranked += 1;
  const last = new Set(forced);
  const seen = new Set<string>();
  const order: string[] = [];
  const add = (id: string) => {
    if (last.has(id) || seen.has(id)) return;
    seen.add(id);
    order.push(id);
  };
  // Smaller fonts first, so larger labels are drawn over them.
  for (let index = readable - 1; index >= 0; index -= 1) add(candidates.byFont[index]!);
  for (let index = ranked - 1; index >= 0; index -= 1) add(candidates.byRank[index]!);
  return [...order, ...last];
}
