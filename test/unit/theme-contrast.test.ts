import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/map/elements';
import { actorLook, nodeDisplay } from '../../src/map/sigma/display';
import { buildSigmaGraph } from '../../src/map/sigma/sigmaGraph';
import { mapStylesheet } from '../../src/map/stylesheet';
import { applyVisibility } from '../../src/map/visibility';
import { THEME } from '../../src/view/theme';
import { mapTheme, THEME_MORE_CONTRAST } from '../../src/view/themeContrast';
import { input, small } from './helpers/exportScene';
import { fadedDisplay } from './helpers/sigmaDisplay';

// prefers-contrast: more — the map's look is stronger in every way the theme fades or thins it.

function drawn(moreContrast: boolean) {
  const theme = mapTheme(moreContrast);
  const view = input(small, { sdg: [17], filtered: 'fade' }, { theme });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(view.appearance, view.positions),
    style: mapStylesheet(view.appearance.actors.length, theme),
  });
  applyVisibility(cy, view.visibility);
  return { view, cy, sigma: buildSigmaGraph(view.appearance, view.positions, theme), theme };
}

describe('the map with more contrast', () => {
  it('is chosen by the system’s preference', () => {
    expect(mapTheme(true)).toBe(THEME_MORE_CONTRAST);
    expect(mapTheme(false)).toBe(THEME);
  });

  it('fades and dims less, draws alliances opaque and actors with a thicker dark border', () => {
    const more = THEME_MORE_CONTRAST;
    expect(more.faded.opacity).toBeGreaterThan(THEME.faded.opacity * 2);
    expect(more.dimmed.nodeOpacity).toBeGreaterThan(THEME.dimmed.nodeOpacity);
    expect(more.dimmed.edgeOpacity).toBeGreaterThan(THEME.dimmed.edgeOpacity);
    expect(more.ended.opacity).toBeGreaterThan(THEME.ended.opacity);
    expect(more.edge.opacity).toBe(1);
    expect(more.node.borderWidth).toBeGreaterThan(THEME.node.borderWidth);
    expect(more.selected.borderWidth).toBeGreaterThan(more.node.borderWidth);
  });

  it('reaches both drawings: wider alliances, stronger borders and faded actors', () => {
    const usual = drawn(false);
    const strong = drawn(true);
    const alliance = usual.view.appearance.alliances[0];
    const faded = usual.view.appearance.actors.find((actor) => !usual.view.visibility.visibleNodeIds.has(actor.id));
    if (!alliance || !faded) throw new Error('the fixture has no alliance or no faded actor');
    expect(strong.cy.$id(alliance.id).numericStyle('width')).toBe(usual.cy.$id(alliance.id).numericStyle('width') + 1.5);
    expect(strong.cy.$id(faded.id).numericStyle('opacity')).toBe(0.4);
    expect(strong.cy.nodes()[0]?.numericStyle('border-width')).toBe(3);
    expect(strong.sigma.getEdgeAttribute(alliance.id, 'size')).toBe(usual.sigma.getEdgeAttribute(alliance.id, 'size') + 1.5);
    const actor = usual.view.appearance.actors[0]?.id ?? '';
    expect(strong.sigma.getNodeAttribute(actor, 'border')).toBeGreaterThan(usual.sigma.getNodeAttribute(actor, 'border'));
    const fadedIn = (scene: ReturnType<typeof drawn>) =>
      nodeDisplay(faded.id, { ...scene.sigma.getNodeAttributes(faded.id) }, fadedDisplay(scene.theme, scene.view.visibility)).opacity;
    expect(fadedIn(strong)).toBe(THEME_MORE_CONTRAST.faded.opacity);
    expect(fadedIn(usual)).toBe(THEME.faded.opacity);
    // The selected actor's border, as Cytoscape's node:selected: the theme's.
    const selectedIn = (scene: ReturnType<typeof drawn>) => {
      const state = { visibleNodes: new Set([actor]), visibleEdges: new Set<string>(), filtered: 'hide' as const };
      const display = { ...state, look: actorLook(scene.theme), highlight: null, selectedId: actor, dimOthers: true };
      return nodeDisplay(actor, { ...scene.sigma.getNodeAttributes(actor) }, display);
    };
    const radius = strong.sigma.getNodeAttribute(actor, 'size');
    expect(selectedIn(strong)).toMatchObject({ borderColor: '#000000', border: THEME_MORE_CONTRAST.selected.borderWidth / radius });
    expect(selectedIn(usual)).toMatchObject({ borderColor: THEME.selected.borderColour, border: THEME.selected.borderWidth / radius });
  });
});
