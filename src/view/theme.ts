import {
  COMMUNITY_COLOURS,
  GEO_LOOK,
  INK,
  KIND_LOOKS,
  MULTI_SUPPORT_COLOUR,
  NO_COMMUNITY_COLOUR,
  NO_SUPPORT_COLOUR,
  SUPPORT_LOOKS,
} from './themePalette';
import { PICTURE } from './themePicture';

// The look of the map in one place, as sigma.js keeps its DEFAULT_SETTINGS: every number and
// colour the Cytoscape stylesheet, the WebGL mode and the SVG export draw with. The drawings take
// a theme (this one unless a test passes another) and never write a look of their own.
// Lengths are model units (Cytoscape's pixels at zoom 1) unless a name says screen pixels.
// Renderer-independent: no React, Cytoscape or sigma here.

const theme = {
  /** The system sans-serif stack (no web font): labels, legend and caption. Double quotes: Cytoscape ignores a font-family with single ones. */
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  ink: INK,
  kinds: KIND_LOOKS,
  supportForms: SUPPORT_LOOKS,
  noSupportColour: NO_SUPPORT_COLOUR,
  multiSupportColour: MULTI_SUPPORT_COLOUR,
  communities: { colours: COMMUNITY_COLOURS, none: NO_COMMUNITY_COLOUR },
  geo: GEO_LOOK,

  label: {
    colour: INK.text,
    /** Widest line before a label wraps (Cytoscape's text-max-width; the SVG wraps there too). */
    maxWidth: 140,
    /** Between the node's border and the top of its label. */
    gap: 4,
    /** Line height, in font sizes (Cytoscape's). */
    lineHeight: 1.15,
    /** A white outline that keeps labels readable over alliances. */
    halo: { colour: INK.paper, width: 2.5, opacity: 0.9 },
    /** The design brief: no label under 12 px on screen. */
    minScreenPx: 12,
    /** In presentation mode labels must survive a shared screen shrunk to a video tile. */
    presentingMinScreenPx: 20,
  },
  node: { borderColour: INK.paper, borderWidth: 1.5 },
  /** Groups of actors have a double border (two lines, each a third of the width). */
  group: { borderColour: '#3B4049', borderWidth: 6 },
  selected: { borderColour: '#1F2329', borderWidth: 4 },
  /** The SDG ring: its outer diameter in % of the node's, its hole in % of the ring's diameter. */
  sdgRing: { sizePercent: 74, holePercent: 56 },

  edge: {
    opacity: 0.7,
    /** Cytoscape's arrow-scale: the arrowhead's size against the line's width. */
    arrowScale: 0.9,
    /** Cytoscape's control-point-step-size: parallel alliances fan out this far apart; loops reach out 1.5 times it. */
    curveStep: 40,
    /** Cytoscape's dotted line, as an SVG dash array. */
    dotPattern: [1, 1],
    /** Added to every alliance's width (more with a higher contrast, THEME_MORE_CONTRAST). */
    extraWidth: 0,
  },
  /** Filtered out, with filtered=fade. */
  faded: { opacity: 0.12 },
  /** Left out of a highlighted neighbourhood. */
  dimmed: { nodeOpacity: 0.15, edgeOpacity: 0.08 },
  highlighted: { edgeOpacity: 1, zIndex: 10 },
  /**
   * "Only what the sources state" (stated=1): a colour that rests on readings alone (a kind, an
   * SDG segment, a support form, or a whole element) is drawn at this opacity over the paper.
   */
  reading: { opacity: 0.3 },
  /** Alliances that ended before the timeline's year. */
  ended: { opacity: 0.22, dashPattern: [3, 5] },
  /** Fading and dimming are animated on maps of up to fadeUpToActors actors only: on thousands of elements the transition costs more than it shows. */
  motion: { fadeMs: 200, fadeUpToActors: 300 },

  /** The WebGL mode draws lines, labels and rings its own way: where its numbers differ, these are they. */
  webgl: {
    /**
     * The page under the WebGL canvases (app.css --bg). Sigma blends as if colours were
     * premultiplied, so a translucent colour would come out lighter than the page, even white:
     * faded, dimmed and edge colours are drawn opaque, blended over this background beforehand.
     */
    background: '#FAFAF8',
    /** Sigma's anti-aliased lines read lighter than Cytoscape's: more opaque, and never thinner than this on screen. */
    edgeOpacity: 0.85,
    minEdgeWidthPx: 1,
    /** Labels follow label.* and the label rules; the halo's width is in screen pixels here. */
    label: {
      haloWidthPx: 3,
      /** A hovered or selected actor's label: bolder, on a white plate. */
      hoverWeight: 600,
      plateOpacity: 0.92,
      platePaddingPx: 4,
      plateBelowPx: 6,
    },
  },

  /** The exported picture: legend panel and caption band around the map. */
  picture: PICTURE,
};

type DeepReadonly<T> = { readonly [K in keyof T]: T[K] extends object ? DeepReadonly<T[K]> : T[K] };

export type Theme = DeepReadonly<typeof theme>;

export const THEME: Theme = theme;
