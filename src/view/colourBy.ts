import { THEME } from './theme';

/** What an actor's fill colour shows: its kind (default) or its community. */
export type ColourBy = 'kind' | 'community';
export const COLOUR_BYS: readonly ColourBy[] = ['kind', 'community'];

/** The colour of community `number` (1, 2…); 0, no community, is neutral. */
export function communityColour(number: number, theme = THEME): string {
  if (number <= 0) return theme.communities.none;
  const { colours } = theme.communities;
  return colours[(number - 1) % colours.length] ?? theme.communities.none;
}
