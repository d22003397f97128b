import type { Names } from '../domain/types';
import { KIND_NAMES, isBuiltInKind } from '../domain/kinds';
import type { DataMeta } from '../model/types';
import { THEME } from '../view/theme';

// The look of each actor kind (shape and colour: THEME.kinds), with its names.
export interface KindVisual {
  kind: string;
  names: Names;
  /** A Cytoscape node shape. */
  shape: string;
  colour: string;
}

export function kindVisuals(meta: DataMeta, kindsInUse: Iterable<string>): Map<string, KindVisual> {
  const { builtIn, extraShapes, extraColours, fallback } = THEME.kinds;
  const visuals = new Map<string, KindVisual>();
  for (const [kind, look] of Object.entries(builtIn)) {
    if (isBuiltInKind(kind)) visuals.set(kind, { kind, names: KIND_NAMES[kind], ...look });
  }
  const extraKinds = new Set([...Object.keys(meta.kinds ?? {}), ...kindsInUse]);
  let index = 0;
  for (const kind of extraKinds) {
    if (visuals.has(kind)) continue;
    const names = meta.kinds?.[kind] ?? { fr: kind, en: kind };
    visuals.set(kind, {
      kind,
      names,
      shape: extraShapes[index % extraShapes.length] ?? fallback.shape,
      colour: extraColours[index % extraColours.length] ?? fallback.colour,
    });
    index += 1;
  }
  return visuals;
}
