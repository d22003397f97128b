import { useEffect, useEffectEvent, useRef } from 'react';

/** Runs `run` after a commit in which any of `values` changed (compared with Object.is), not on mount. */
export function useOnChange(values: readonly unknown[], run: () => void): void {
  const previous = useRef(values);
  const onChange = useEffectEvent(run);
  useEffect(() => {
    const changed = values.length !== previous.current.length || values.some((value, index) => !Object.is(value, previous.current[index]));
    previous.current = values;
    if (changed) onChange();
  });
}
