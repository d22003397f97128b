import { actorLook, type DisplayState } from '../../../src/map/sigma/display';
import type { Theme } from '../../../src/view/theme';
import type { Visibility } from '../../../src/view/types';

/** The WebGL mode's display of a view whose filtered-out actors are faded, nothing selected. */
export function fadedDisplay(theme: Theme, visibility: Visibility): DisplayState {
  const { visibleNodeIds: visibleNodes, visibleEdgeIds: visibleEdges } = visibility;
  return { look: actorLook(theme), visibleNodes, visibleEdges, filtered: 'fade', highlight: null, selectedId: null, dimOthers: true };
}
