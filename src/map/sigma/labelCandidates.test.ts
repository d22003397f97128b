import { describe, expect, it } from 'vitest';
import { THEME } from '../../view/theme';
import { labelLevel, minScreenFont } from '../labelRules';
import { labelCandidates, labelsToConsider } from './labelCandidates';
import { buildSigmaGraph } from './sigmaGraph';

// 60 actors: fonts from 8 to 26.9, ranks in another order.
const actors = Array.from({ length: 60 }, (_, index) => ({
  id: `n${index}`,
  label: `Acteur ${index}`,
  kind: 'local-actor',
  shape: 'ellipse',
  colour: THEME.kinds.builtIn['local-actor'].colour,
  size: 10,
  fontSize: 8 + ((index * 7) % 19) + index / 100,
  sdgs: [],
  sdgColours: [],
  isGroup: false,
  labelRank: (index * 11) % 60,
}));
const graph = buildSigmaGraph(
  { kinds: new Map(), actors, alliances: [] },
  Object.fromEntries(actors.map((actor, index) => [actor.id, { x: index, y: 0 }])),
);
const candidates = labelCandidates(graph);
const shownByRules = (zoom: number, important: number, presenting = false) =>
  actors.filter((actor) => !labelLevel(actor, { zoom, presenting, leaders: null }, important).hidden).map((actor) => actor.id);

describe('the actors offered to the WebGL label pass', () => {
  it('include every label the rules show, at any zoom, and few more', () => {
    for (const zoom of [0.05, 0.3, 0.5, 0.62, 1, 2, 10]) {
      for (const important of [0, 3, 20]) {
        for (const presenting of [false, true]) {
          const offered = labelsToConsider(candidates, { zoom, presenting }, important, []);
          expect(offered).toEqual(expect.arrayContaining(shownByRules(zoom, important, presenting)));
          expect(new Set(offered).size).toBe(offered.length);
        }
      }
    }
  });

  it('leave out the actors too small to read that are not among the most important', () => {
    const zoom = minScreenFont(false) / 20; // fonts of 20 and more are readable
    const offered = labelsToConsider(candidates, { zoom, presenting: false }, 3, []);
    const readable = actors.filter((actor) => actor.fontSize >= 20).map((actor) => actor.id);
    const important = actors.filter((actor) => actor.labelRank < 3).map((actor) => actor.id);
    expect(new Set(offered)).toEqual(new Set([...readable, ...important]));
    expect(offered.length).toBeLessThan(actors.length / 2);
  });

  it('offer the highlighted actors last, so their labels are drawn above the others, and once', () => {
    const offered = labelsToConsider(candidates, { zoom: 0.01, presenting: false }, 3, ['n5', 'n7', 'n5']);
    expect(offered.slice(-2)).toEqual(['n5', 'n7']);
    expect(offered.filter((id) => id === 'n5')).toHaveLength(1);
  });

  it('offer the smaller fonts before the larger ones', () => {
    const offered = labelsToConsider(candidates, { zoom: 100, presenting: false }, 0, []);
    const fonts = offered.map((id) => graph.getNodeAttribute(id, 'fontSize'));
    expect(fonts).toEqual([...fonts].sort((a, b) => a - b));
  });
});
