import { startTransition, useEffect, useState } from 'react';

/**
 * The value, once the browser has drawn the frame that followed its change: what is shown beside
 * the map (the filters' counts) catches up after the map itself has been redrawn, so a filter on a
 * large map shows on the map first. Null until the first value has been through a frame.
 */
export function useAfterNextFrame<T>(value: T): T | null {
  const [settled, setSettled] = useState<{ value: T } | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The animation frame callback runs before that frame is drawn; the timeout, after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setSettled({ value })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return settled ? settled.value : null;
}
