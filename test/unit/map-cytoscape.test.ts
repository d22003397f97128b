import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withLabelRoom } from '../../src/map/camera';
import { visibleNodesBox } from '../../src/map/cytoscapeView';
import { sdgPieData, toElements } from '../../src/map/elements';
import { followLabelLevels, LABEL_LEVELS_DELAY_MS, updateLabelLevels } from '../../src/map/labelLevels';
import { mapStylesheet, TRANSITIONS_UP_TO_ACTORS } from '../../src/map/stylesheet';
import { applyVisibility } from '../../src/map/visibility';
import { clearHighlight, highlightNeighbourhood } from '../../src/map/highlight';
import type { ActorAppearance, AllianceAppearance, Appearance } from '../../src/view/appearance';
import { THEME } from '../../src/view/theme';

function actor(id: string, labelRank: number, sdgColours: string[] = []): ActorAppearance {
  return {
    id,
    label: id.toUpperCase(),
    kind: 'local',
    shape: 'ellipse',
    colour: THEME.kinds.fallback.colour,
    size: 30,
    fontSize: 12,
    sdgs: sdgColours.map((_colour, index) => index + 1),
    sdgColours,
    isGroup: false,
    labelRank,
  };
}

function alliance(id: string, source: string, target: string): AllianceAppearance {
  return { id, source, target, colour: THEME.noSupportColour, width: 2, lineStyle: 'solid', dashPattern: [], directed: true };
}

/** Six actors in a row 100 apart (labelRank 0 for a … 5 for f); a→b twice, b→a once, c→d once. */
function appearance(): Appearance {
  const actors = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, rank) => actor(id, rank, rank === 0 ? ['#E5243B', '#DDA63A', '#4C9F38'] : []));
  const alliances = [alliance('ab1', 'a', 'b'), alliance('ab2', 'a', 'b'), alliance('ba', 'b', 'a'), alliance('cd', 'c', 'd')];
  return { actors, alliances, kinds: new Map() };
}

/** A headless Cytoscape set up like CytoscapeMap's (its width and height are 1 pixel). */
function map(): Core {
  const view = appearance();
  const positions = Object.fromEntries(view.actors.map((entry, index) => [entry.id, { x: index * 100, y: 0 }]));
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(view, positions),
    style: mapStylesheet(view.actors.length),
    layout: { name: 'preset', fit: false },
  });
}

/** Ids of the elements that had a class added or removed while `change` ran. */
function touched(cy: Core, change: () => void): string[] {
  const ids = new Set<string>();
  const record = (event: cytoscape.EventObject) => ids.add((event.target as cytoscape.SingularElementArgument).id());
  cy.on('class', record);
  change();
  cy.off('class', record);
  return [...ids].sort();
}

const ids = (cy: Core, selector: string) =>
  cy
    .$(selector)
    .map((element) => element.id())
    .sort();

describe('applyVisibility', () => {
  const visibility = (nodes: string[], edges: string[], filtered: 'hide' | 'fade' = 'hide', ended?: string[]) => ({
    visibleNodeIds: new Set(nodes),
    visibleEdgeIds: new Set(edges),
    filtered,
    endedEdgeIds: ended ? new Set(ended) : undefined,
  });

  it('hides exactly the elements out of view, then reveals them again', () => {
    const cy = map();
    applyVisibility(cy, visibility(['a', 'b', 'c'], ['ab1', 'ab2', 'ba']));
    expect(ids(cy, '.hidden')).toEqual(['cd', 'd', 'e', 'f']);
    applyVisibility(cy, visibility(['a', 'b', 'c', 'd', 'e', 'f'], ['ab1', 'ab2', 'ba', 'cd']));
    expect(ids(cy, '.hidden')).toEqual([]);
  });

  it('touches only the elements whose state changes', () => {
    const cy = map();
    applyVisibility(cy, visibility(['a', 'b', 'c'], ['ab1', 'ab2', 'ba']));
    expect(touched(cy, () => applyVisibility(cy, visibility(['a', 'b', 'c'], ['ab1', 'ab2', 'ba'])))).toEqual([]);
    expect(touched(cy, () => applyVisibility(cy, visibility(['a', 'b', 'c', 'd'], ['ab1', 'ab2', 'ba', 'cd'])))).toEqual(['cd', 'd']);
    expect(ids(cy, '.hidden')).toEqual(['e', 'f']);
  });

  it('switches from hidden to faded, and marks ended alliances', () => {
    const cy = map();
    applyVisibility(cy, visibility(['a', 'b'], ['ab1']));
    applyVisibility(cy, visibility(['a', 'b'], ['ab1'], 'fade', ['ab1']));
    expect(ids(cy, '.hidden')).toEqual([]);
    expect(ids(cy, '.faded')).toEqual(['ab2', 'ba', 'c', 'cd', 'd', 'e', 'f']);
    expect(ids(cy, '.ended')).toEqual(['ab1']);
    expect(touched(cy, () => applyVisibility(cy, visibility(['a', 'b'], ['ab1'], 'fade')))).toEqual(['ab1']);
    expect(ids(cy, '.ended')).toEqual([]);
  });
});

describe('label levels', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // The headless map is 1 pixel wide: importantLabelCount gives its minimum, 3 (2 when presenting).
  it('at low zoom shows only the most important labels, enlarged to stay readable', () => {
    const cy = map();
    cy.zoom(0.5);
    updateLabelLevels(cy);
    expect(ids(cy, 'node.label-hidden')).toEqual(['d', 'e', 'f']);
    for (const id of ['a', 'b', 'c']) expect(cy.getElementById(id).style('font-size')).toBe('24px'); // 24 × 0.5 = 12 px on screen
    expect(cy.getElementById('d').style('font-size')).toBe('12px');

    cy.scratch('presenting', true);
    updateLabelLevels(cy);
    expect(ids(cy, 'node.label-hidden')).toEqual(['c', 'd', 'e', 'f']);
    expect(cy.getElementById('a').style('font-size')).toBe('40px'); // 20 px on screen
    expect(cy.getElementById('c').style('font-size')).toBe('12px');
  });

  it('once zoomed in far enough every label is shown at its own size', () => {
    const cy = map();
    cy.zoom(0.5);
    updateLabelLevels(cy);
    cy.zoom(1.5);
    updateLabelLevels(cy);
    expect(ids(cy, 'node.label-hidden')).toEqual([]);
    for (const id of ['a', 'b', 'c', 'd']) expect(cy.getElementById(id).style('font-size')).toBe('12px');
  });

  it('touches no node when nothing changes', () => {
    const cy = map();
    cy.zoom(0.5);
    updateLabelLevels(cy);
    expect(touched(cy, () => updateLabelLevels(cy))).toEqual([]);
  });

  it('follows the zoom once a gesture has ended, not on each of its steps', () => {
    vi.useFakeTimers();
    const cy = map();
    cy.zoom(0.5);
    updateLabelLevels(cy);
    const stop = followLabelLevels(cy);
    cy.zoom(0.8);
    vi.advanceTimersByTime(LABEL_LEVELS_DELAY_MS / 2);
    cy.zoom(1.5);
    vi.advanceTimersByTime(LABEL_LEVELS_DELAY_MS / 2);
    expect(ids(cy, 'node.label-hidden')).toEqual(['d', 'e', 'f']); // still mid-gesture
    vi.advanceTimersByTime(LABEL_LEVELS_DELAY_MS);
    expect(ids(cy, 'node.label-hidden')).toEqual([]);
    expect(cy.getElementById('a').style('font-size')).toBe('12px');

    stop();
    cy.zoom(0.5);
    vi.advanceTimersByTime(LABEL_LEVELS_DELAY_MS * 2);
    expect(ids(cy, 'node.label-hidden')).toEqual([]);
  });
});

describe('the Cytoscape drawing', () => {
  it('draws the SDG ring from data fields: equal slices, one per goal', () => {
    expect(sdgPieData(['#111111', '#222222', '#333333'])).toMatchObject({
      pie1Colour: '#111111',
      pie1Size: 100 / 3,
      pie3Size: 100 / 3,
      pie4Colour: THEME.ink.paper,
      pie4Size: 0,
      pie16Size: 0,
    });
    const all = sdgPieData(Array.from({ length: 17 }, (_, index) => `#0000${String(index).padStart(2, '0')}`));
    expect(all.pie16Colour).toBe('#000015');
    expect(all.pie16Size).toBe(100 / 16);
    const a = map().getElementById('a');
    expect(a.style('pie-1-background-color')).toBe('rgb(229,36,59)');
    expect(a.style('pie-3-background-size')).toBe(`${100 / 3}%`);
    expect(a.style('pie-4-background-size')).toBe('0%');
  });

  it('draws alliances straight, except those sharing a pair of actors', () => {
    const cy = map();
    expect(cy.edges().map((edge) => `${edge.id()} ${edge.style('curve-style') as string}`)).toEqual([
      'ab1 bezier',
      'ab2 bezier',
      'ba bezier',
      'cd straight',
    ]);
    expect(cy.getElementById('cd').style('target-arrow-shape')).toBe('triangle');
  });

  it('animates fading and dimming on small maps only', () => {
    /** The transition a node of a map of `count` actors has when it fades or dims. */
    const transition = (count: number) => {
      const view: Appearance = {
        actors: Array.from({ length: count }, (_, index) => actor(`n${index}`, index)),
        alliances: [],
        kinds: new Map(),
      };
      const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(view, {}), style: mapStylesheet(count) });
      const node = cy.$id('n0');
      return { property: node.style('transition-property') as string, ms: node.numericStyle('transition-duration') as number };
    };
    expect(transition(6)).toEqual({ property: 'opacity', ms: THEME.motion.fadeMs });
    expect(transition(TRANSITIONS_UP_TO_ACTORS).ms).toBeGreaterThan(0);
    expect(transition(TRANSITIONS_UP_TO_ACTORS + 1).ms).toBe(0);
  });

  it('frames the visible actors without measuring labels, with room for them', () => {
    const cy = map();
    applyVisibility(cy, { visibleNodeIds: new Set(['b', 'c']), visibleEdgeIds: new Set(), filtered: 'hide' });
    const box = visibleNodesBox(cy);
    // b and c, 30 wide (and their border): not a nor f, nor any label.
    expect(box.x1).toBeGreaterThan(100 - 20);
    expect(box.x1).toBeLessThanOrEqual(100 - 15);
    expect(box.x2).toBeGreaterThanOrEqual(200 + 15);
    expect(box.x2).toBeLessThan(200 + 20);
    const roomy = withLabelRoom(box);
    expect(roomy.x1).toBeLessThan(box.x1 - 50);
    expect(roomy.x2 - roomy.x1).toBeGreaterThan(box.x2 - box.x1 + 100);
    expect(roomy.y2 - roomy.y1).toBeGreaterThan(box.y2 - box.y1 + 30);
  });
});

describe('hover highlight', () => {
  it('dims all but the neighbourhood, and a move to a neighbour touches only what changes', () => {
    const cy = map();
    highlightNeighbourhood(cy, cy.$id('c'));
    expect(
      cy
        .elements('.highlighted')
        .map((element) => element.id())
        .sort(),
    ).toEqual(['c', 'cd', 'd']);
    expect(
      cy
        .elements('.dimmed')
        .map((element) => element.id())
        .sort(),
    ).toEqual(['a', 'ab1', 'ab2', 'b', 'ba', 'e', 'f']);
    // From c to d: the same neighbourhood, so nothing changes class.
    expect(touched(cy, () => highlightNeighbourhood(cy, cy.$id('d')))).toEqual([]);
    expect(touched(cy, () => clearHighlight(cy))).toEqual(['a', 'ab1', 'ab2', 'b', 'ba', 'c', 'cd', 'd', 'e', 'f']);
    expect(cy.elements('.dimmed, .highlighted')).toHaveLength(0);
    expect(touched(cy, () => clearHighlight(cy))).toEqual([]);
  });
});
