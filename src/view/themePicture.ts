import { INK, KIND_LOOKS } from './themePalette';

// The exported picture's look around the map (read through THEME.picture): the legend panel on
// the map's right and the caption band below. CSS pixels.

export const PICTURE = {
  background: INK.paper,
  /** The lines between the map, the legend and the caption. */
  rule: INK.rule,
  /** Line height of legend headings and caption lines, in font sizes. */
  lineHeight: 1.3,
  legend: {
    width: 280,
    padding: 20,
    titleSize: 15,
    fontSize: 12,
    /** Between two lines of one row. */
    rowLine: 16,
    /** Icons are drawn left of this; row text starts at it. */
    iconColumn: 44,
    /** The fill of the group and size samples: no kind's colour. */
    sampleColour: '#B9BEC6',
    lineSampleWidth: 3,
    /** A dotted support form's sample: round dots spaced to read as dots at the sample's width. */
    dotSamplePattern: [1, 4],
    arrowSampleWidth: 2,
    /** The SDGs whose colours draw the ring's sample. */
    ringSampleSdgs: [1, 13, 17],
    /** The faded sample: a local actor, more visible than a faded actor is. */
    fadedSampleColour: KIND_LOOKS.builtIn['local-actor'].colour,
    fadedSampleOpacity: 0.25,
  },
  caption: {
    padding: 20,
    background: '#FAFAF8',
    titleSize: 18,
    factsSize: 13,
    linkSize: 12,
  },
};
