import type { Names } from '../domain/types';
import { KIND_NAMES, isBuiltInKind } from '../domain/kinds';
import type { DataMeta } from '../model/types';

// Actor kinds read by shape first and a muted hue second, so the map reads in greyscale and for
// colour-blind people; the SDG colours stay the only saturated ones.
export interface KindVisual {
  kind: string;
  names: Names;
  /** A Cytoscape node shape. */
  shape: string;
  colour: string;
}

const BUILT_IN: Record<string, Omit<KindVisual, 'kind' | 'names'>> = {
  catalyst: { shape: 'hexagon', colour: '#5D6F94' },
  funder: { shape: 'diamond', colour: '#A0804A' },
  'local-actor': { shape: 'ellipse', colour: '#6F8A72' },
};

// Extra kinds of a file take these in order of declaration.
const EXTRA_SHAPES = ['round-rectangle', 'round-triangle', 'star', 'round-pentagon', 'round-octagon', 'vee', 'round-tag'];
const EXTRA_COLOURS = ['#7C6A8E', '#8A6F62', '#5F8590', '#8C7F5C', '#6D7480', '#94707F', '#67806B'];

export function kindVisuals(meta: DataMeta, kindsInUse: Iterable<string>): Map<string, KindVisual> {
  const visuals = new Map<string, KindVisual>();
  for (const [kind, visual] of Object.entries(BUILT_IN)) {
    if (isBuiltInKind(kind)) visuals.set(kind, { kind, names: KIND_NAMES[kind], ...visual });
  }
  const extraKinds = new Set([...Object.keys(meta.kinds ?? {}), ...kindsInUse]);
  let index = 0;
  for (const kind of extraKinds) {
    if (visuals.has(kind)) continue;
    const names = meta.kinds?.[kind] ?? { fr: kind, en: kind };
    visuals.set(kind, {
      kind,
      names,
      shape: EXTRA_SHAPES[index % EXTRA_SHAPES.length] ?? 'ellipse',
      colour: EXTRA_COLOURS[index % EXTRA_COLOURS.length] ?? '#777777',
    });
    index += 1;
  }
  return visuals;
}
