import { useEffect, type RefObject } from 'react';
import { setViewSource } from '../inspect/handle';
import type { RendererInUse } from '../map/chooseRenderer';
import type { MapHandle } from '../map/mapHandle';
import { filtersCodec, type ViewState } from '../url-state';
import type { Positions, Visibility } from '../view/types';

/** What `window.allianceMap.view()` reads (docs/embed.md, "The inspection handle"): the view on screen. */
export function useInspectionSource(
  state: ViewState,
  visibility: Visibility | null,
  positions: Positions,
  renderer: RendererInUse,
  map?: RefObject<MapHandle | null>,
): void {
  useEffect(() => {
    setViewSource(() => ({
      renderer,
      filters: Object.fromEntries(filtersCodec.serialize(state.filters)),
      visibleNodeIds: visibility ? [...visibility.visibleNodeIds] : [],
      visibleEdgeIds: visibility ? [...visibility.visibleEdgeIds] : [],
      positions,
      viewport: map?.current?.viewport() ?? null,
    }));
  }, [state, visibility, positions, renderer, map]);
}
