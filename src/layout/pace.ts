/**
 * Least time between two position updates of a streaming layout, for a map of `order` actors:
 * 50 ms per 1,000 actors, 50 ms to 1 s. Each update costs the main thread an object per actor
 * and, on a large map, a frame that costs its size.
 */
export function positionsGap(order: number): number {
  return Math.min(1000, Math.max(50, order / 20));
}
