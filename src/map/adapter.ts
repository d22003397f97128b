// What each drawing (Cytoscape, sigma.js) gives the shared map surface (useMapSurface): its
// camera in model terms and the few ways the app's view reaches it. Everything else — commands,
// camera reports, framing, keys, the wheel guard, the container — is the surface's, written once.
import type { Appearance } from '../view/appearance';
import type { Theme } from '../view/theme';
import type { Positions, Visibility } from '../view/types';
import type { Box, ModelView, Screen, ZoomLimits } from './camera';

export interface MapAdapter {
  readonly zoomLimits: ZoomLimits;
  /** The map's size in CSS pixels. */
  size(): Screen;
  /** The view on screen now. */
  readView(): ModelView;
  /**
   * Shows a view, animated over `durationMs` (0: at once), ending any move under way; `done` is
   * called when the animation ends or is cut short.
   */
  showView(view: ModelView, durationMs: number, done?: () => void): void;
  /** The model box of the visible actors (all of them if none is), without their labels. */
  visibleBox(): Box;
  /** An actor's position in the model, or null if the map has no such actor. */
  positionOf(id: string): { x: number; y: number } | null;
  /** The container changed size. */
  resize(): void;
  setVisibility(visibility: Visibility): void;
  setPositions(positions: Positions): void;
  setSelected(id: string | null): void;
  setPresenting(presenting: boolean): void;
  /** Only these actors keep a label when not all of them can (null: the drawing's usual rule). */
  setLabelLeaders(leaders: ReadonlySet<string> | null): void;
  /** The pointer left the map: drop any hover highlight. */
  pointerLeft(): void;
  destroy(): void;
}

/** What a drawing tells the surface. */
export interface MapEvents {
  onDrawn(): void;
  /** The camera moved (the reader's gesture or an animation). */
  onViewChange(): void;
  onHover(hover: { id: string; x: number; y: number } | null): void;
  onSelect(id: string | null): void;
  onNodeMoved(id: string, x: number, y: number): void;
}

/** The view a drawing starts with. */
export interface AdapterInit {
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  selectedId: string | null;
  presenting: boolean;
  /** The look (THEME, or THEME_MORE_CONTRAST when the system asks for more contrast). */
  theme: Theme;
}

export type CreateAdapter = (container: HTMLElement, init: AdapterInit, events: MapEvents) => MapAdapter;

/**
 * The performance mark (User Timing) the map surface sets each time it has handed a new
 * visibility to the drawing: what `npm run bench` times a filter's own work to (filterWorkMs).
 */
export const VISIBILITY_APPLIED_MARK = 'alliance-map:visibility-applied';
