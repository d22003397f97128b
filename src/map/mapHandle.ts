/** Commands the app gives the drawing: camera moves, never data. */
export interface MapHandle {
  zoomBy(factor: number): void;
  fit(): void;
  centreOn(id: string): void;
}
