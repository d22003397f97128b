/** Commands the app gives the drawing: camera moves, never data. */
export interface MapHandle {
  zoomBy(factor: number): void;
  fit(): void;
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
