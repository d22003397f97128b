import { THEME, type Theme } from './theme';
import { INK } from './themePalette';

// The map's look when the system asks for more contrast (prefers-contrast: more): alliances
// opaque and wider, actors outlined in dark, and what filters, highlights or the timeline push
// back faded less, so that it still reads. Every drawing takes it as it takes THEME.

export const THEME_MORE_CONTRAST: Theme = {
  ...THEME,
  node: { borderColour: INK.text, borderWidth: 3 },
  group: { ...THEME.group, borderColour: INK.text, borderWidth: 8 },
  selected: { borderColour: '#000000', borderWidth: 6 },
  edge: { ...THEME.edge, opacity: 1, extraWidth: 1.5 },
  faded: { opacity: 0.4 },
  dimmed: { nodeOpacity: 0.4, edgeOpacity: 0.3 },
  ended: { ...THEME.ended, opacity: 0.5 },
  reading: { opacity: 0.5 },
  webgl: { ...THEME.webgl, edgeOpacity: 1 },
};

/** The map's theme for the system's contrast preference. */
export function mapTheme(moreContrast: boolean): Theme {
  return moreContrast ? THEME_MORE_CONTRAST : THEME;
}
