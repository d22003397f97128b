import type { Ref } from 'react';
import type { Camera } from '../url-state';
import type { Appearance } from '../view/appearance';
import type { Backdrop, Positions, Visibility } from '../view/types';

/** Commands the app gives the drawing: camera moves, never data. */
export interface MapHandle {
  zoomBy(factor: number): void;
  /** Frames the visible actors and clears the camera of the URL (the Fit button). */
  fit(): void;
  /** Frames the visible actors again (a new focus or story step), leaving the URL to its caller. */
  frame(): void;
  centreOn(id: string): void;
  /** What the screen shows now: the model rectangle in view and the map's size in CSS pixels. */
  viewport(): MapViewport | null;
}

export interface MapViewport {
  /** Model coordinates of the top-left and bottom-right corners of the map on screen. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  widthPx: number;
  heightPx: number;
  zoom: number;
}

/** What the app gives a drawing, whichever renderer draws it. */
export interface MapRendererProps {
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  selectedId: string | null;
  /** Presentation mode: larger labels. */
  presenting?: boolean;
  /** The camera of the URL: the one to open with, and while it is null the map stays framed. */
  initialCamera: Camera | null;
  label: string;
  roleDescription: string;
  /** The element that says how the map's keys work. */
  describedBy?: string;
  /** An arrow key found no partner of the selected actor that way (to say so). */
  onNoPartner?: () => void;
  /** Called once the first frame is on screen. */
  onDrawn: () => void;
  onNodeMoved: (id: string, x: number, y: number) => void;
  onSelect: (id: string | null) => void;
  /** The pointer entered an actor (its position on the map, in CSS pixels) or left it (null). */
  onHover?: (hover: { id: string; x: number; y: number } | null) => void;
  /**
   * In a page that scrolls past the map (an embed), the wheel zooms only after a click on the map
   * or with Ctrl/⌘; otherwise the page scrolls and onWheelBlocked is told, to show a hint.
   */
  guardWheel?: boolean;
  onWheelBlocked?: () => void;
  /** Drawn behind the actors (the map of France of the geographic arrangement), null for none. */
  backdrop?: Backdrop | null;
  /** Only these actors keep a label at a zoom too low for all of them (null: the usual rule). */
  labelLeaders?: ReadonlySet<string> | null;
  /** The arrangement the positions belong to: when it changes, actors move to their new places, then the map is framed. */
  arrangement?: string;
  /** The reader moved the camera (null: back to the fitted view). */
  onCamera: (camera: Camera | null) => void;
  ref?: Ref<MapHandle>;
}
