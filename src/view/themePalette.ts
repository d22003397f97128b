import type { BuiltInKind } from '../domain/kinds';
import type { SupportCode } from '../domain/supportForms';

// The colours of the map and of its pictures. Actor kinds read by shape first and a muted hue
// second, so the map reads in greyscale and for colour-blind people; support forms have a colour
// and a dash pattern each, so two forms never differ by colour alone. The SDG colours
// (src/domain/sdgs.ts, the UN's) stay the only saturated ones.

/** The neutral colours: text, paper, rules. */
export const INK = {
  text: '#2B2F36',
  muted: '#5F6672',
  link: '#19486A',
  paper: '#FFFFFF',
  rule: '#DDE0E4',
};

export interface KindLook {
  /** A Cytoscape node shape name (the SVG export and the WebGL mode draw the same shapes). */
  shape: string;
  colour: string;
}

export const KIND_LOOKS: {
  builtIn: Readonly<Record<BuiltInKind, KindLook>>;
  /** Extra kinds of a file take these in order of declaration. */
  extraShapes: readonly string[];
  extraColours: readonly string[];
  /** An actor whose kind has no look (never, in a valid file). */
  fallback: KindLook;
} = {
  builtIn: {
    catalyst: { shape: 'hexagon', colour: '#5D6F94' },
    funder: { shape: 'diamond', colour: '#A0804A' },
    'local-actor': { shape: 'ellipse', colour: '#6F8A72' },
  },
  extraShapes: ['round-rectangle', 'round-triangle', 'star', 'round-pentagon', 'round-octagon', 'vee', 'round-tag'],
  extraColours: ['#7C6A8E', '#8A6F62', '#5F8590', '#8C7F5C', '#6D7480', '#94707F', '#67806B'],
  fallback: { shape: 'ellipse', colour: '#777777' },
};

export interface SupportLook {
  colour: string;
  /** Cytoscape's line-style. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Cytoscape's line-dash-pattern (dash, gap…), for dashed lines. */
  dashPattern: readonly number[];
}

export const SUPPORT_LOOKS: Readonly<Record<SupportCode, SupportLook>> = {
  'direct-funding': { colour: '#8C6D2C', lineStyle: 'solid', dashPattern: [] },
  engineering: { colour: '#4F6A8F', lineStyle: 'dashed', dashPattern: [10, 4] },
  'governance-dialogue': { colour: '#7A5C86', lineStyle: 'dashed', dashPattern: [4, 4] },
  networks: { colour: '#4D7F73', lineStyle: 'dashed', dashPattern: [12, 4, 2, 4] },
  'tools-resources': { colour: '#866049', lineStyle: 'dashed', dashPattern: [6, 3, 2, 3, 2, 3] },
  data: { colour: '#5A7D3C', lineStyle: 'dotted', dashPattern: [] },
  visibility: { colour: '#9A5468', lineStyle: 'dashed', dashPattern: [2, 6] },
};

/** An alliance whose form of support is not given. */
export const NO_SUPPORT_COLOUR = '#A3A8B0';
/** An alliance of several forms of support. */
export const MULTI_SUPPORT_COLOUR = '#4A4F57';

/**
 * Communities (colour=community): muted hues apart from the kinds' and the support forms', in an
 * order where neighbours differ in lightness too. Beyond the last, they repeat.
 */
export const COMMUNITY_COLOURS: readonly string[] = [
  '#4E79A7',
  '#E08E45',
  '#59A14F',
  '#B07AA1',
  '#C9A227',
  '#76B7B2',
  '#D16A6A',
  '#8C6D5A',
  '#9C9ADE',
  '#6B8E23',
];
/** An actor with no alliance belongs to no community. */
export const NO_COMMUNITY_COLOUR = '#B9BEC6';

/** The map of France behind a geographic arrangement: quiet tints, so the actors stay in front. */
export const GEO_LOOK = {
  /** Regions take these in turn, so neighbours differ. */
  regionFills: ['#ECEEEA', '#E4E8E3', '#EEEBE4', '#E6E9ED'] as readonly string[],
  boxFill: '#F1F2EF',
  boxStroke: '#C9CDD2',
  labelColour: '#5F6672',
  /** Label size in model units. */
  labelSize: 40,
};
