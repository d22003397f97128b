import type { AllianceAppearance } from './appearance';
import { THEME, type Theme } from './theme';

/**
 * The dash pattern an alliance is drawn with (dash, gap… in model units), as Cytoscape draws its
 * line-style: dotted lines Cytoscape's dots, dashed ones their support form's pattern, solid
 * ones none ([]). The SVG export and the WebGL mode both draw this.
 */
export function lineDash(alliance: Pick<AllianceAppearance, 'lineStyle' | 'dashPattern'>, theme: Theme = THEME): readonly number[] {
  if (alliance.lineStyle === 'dotted') return theme.edge.dotPattern;
  if (alliance.lineStyle === 'dashed') return alliance.dashPattern;
  return [];
}
