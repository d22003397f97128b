// The legend panel beside the exported map: the kinds drawn, groups, size, the SDG ring, the SDGs
// drawn, the support forms drawn, arrows, and what faded means, each row an icon and its words.
import { sdgByNumber, SDGS } from '../domain/sdgs';
import { SUPPORT_FORMS } from '../domain/supportForms';
import type { Lang } from '../domain/types';
import { SUPPORT_VISUALS } from '../map/supportVisuals';
import type { Appearance } from '../view/appearance';
import { readingColour } from '../view/stated';
import type { Theme } from '../view/theme';
import { shapePath } from './shapes';
import { actorShape, sdgRing } from './svgActors';
import { arrowSize, type Markers } from './svgAlliances';
import type { Scene } from './svgScene';
import { el, type Block, type SvgElement } from './svgTree';
import { wrapText } from './text';
import type { LegendText } from './texts';

type Icon = (middle: number) => SvgElement | SvgElement[];

export function legendBlock(
  appearance: Appearance,
  scene: Scene,
  words: LegendText,
  lang: Lang,
  markers: Markers,
  theme: Theme,
  stated = false,
): Block {
  const { legend, lineHeight } = theme.picture;
  const { fontSize, rowLine } = legend;
  const textMax = legend.width - 2 * legend.padding - legend.iconColumn;
  const content: SvgElement[] = [];
  let y = 0;

  const heading = (text: string, size = fontSize, gap = 8) => {
    y += gap;
    for (const line of wrapText(text, legend.width - 2 * legend.padding, size)) {
      y += size * lineHeight;
      content.push(el('text', { x: 0, y, 'font-size': size, 'font-weight': 'bold', fill: theme.ink.text }, [line]));
    }
    y += 4;
  };
  /** A row: an icon drawn around the row's middle, then wrapped text beside it. */
  const row = (icon: Icon, text: string, colour = theme.ink.text) => {
    const lines = wrapText(text, textMax, fontSize);
    const height = Math.max(22, lines.length * rowLine + 6);
    const middle = y + height / 2;
    content.push(...[icon(middle)].flat());
    const firstBaseline = middle - ((lines.length - 1) * rowLine) / 2 + fontSize * 0.35;
    lines.forEach((line, i) => {
      content.push(el('text', { x: legend.iconColumn, y: firstBaseline + i * rowLine, 'font-size': fontSize, fill: colour }, [line]));
    });
    y += height;
  };
  const muted = theme.ink.muted;
  const sample = legend.sampleColour;

  heading(words.title, legend.titleSize, 0);

  const actors = [...scene.actors.values()];
  const kindsDrawn = new Set(actors.map((entry) => entry.actor.kind));
  heading(words.kinds);
  for (const visual of appearance.kinds.values()) {
    if (!kindsDrawn.has(visual.kind)) continue;
    const icon = (middle: number) =>
      el('path', { d: shapePath(visual.shape, 18, middle, 18), fill: visual.colour, stroke: theme.node.borderColour, 'stroke-width': 1 });
    row(icon, visual.names[lang]);
  }
  row((middle) => actorShape({ shape: 'ellipse', colour: sample, isGroup: true, sdgColours: [] }, 18, middle, 16, theme), words.group);
  row(
    (middle) => [el('circle', { cx: 10, cy: middle, r: 5, fill: sample }), el('circle', { cx: 28, cy: middle, r: 9, fill: sample })],
    words.size,
    muted,
  );
  const ringColours = legend.ringSampleSdgs.map((number) => sdgByNumber(number)?.colour ?? sample);
  row((middle) => sdgRing(ringColours, 18, middle, 28 / (theme.sdgRing.sizePercent / 100), theme), words.sdgRing, muted);

  // By number: a goal drawn faded (a reading, with stated=1) is listed too.
  const numbersDrawn = new Set(actors.flatMap((entry) => entry.actor.sdgs));
  const sdgsDrawn = SDGS.filter((sdg) => numbersDrawn.has(sdg.number));
  if (sdgsDrawn.length > 0) {
    heading(words.sdgs);
    for (const sdg of sdgsDrawn) {
      row(
        (middle) => el('rect', { x: 11, y: middle - 6, width: 14, height: 12, rx: 2, fill: sdg.colour }),
        words.sdg(sdg.number, sdg[lang]),
      );
    }
  }

  const alliances = scene.alliances.map((entry) => entry.alliance);
  if (alliances.length > 0) {
    const line =
      (colour: string, dash: string | undefined, round = false): Icon =>
      (middle) =>
        el('line', {
          x1: 1,
          y1: middle,
          x2: 35,
          y2: middle,
          stroke: colour,
          'stroke-width': legend.lineSampleWidth,
          'stroke-dasharray': dash,
          'stroke-linecap': round ? 'round' : undefined,
        });
    heading(words.support);
    const coloursUsed = new Set(alliances.map((alliance) => alliance.colour));
    const used = (colour: string) => coloursUsed.has(colour) || (stated && coloursUsed.has(readingColour(colour, theme)));
    for (const visual of SUPPORT_VISUALS) {
      if (!used(visual.colour)) continue;
      const form = SUPPORT_FORMS.find((candidate) => candidate.code === visual.code);
      const dotted = visual.lineStyle === 'dotted';
      const dash = dotted ? legend.dotSamplePattern.join(' ') : visual.dashPattern.length > 0 ? visual.dashPattern.join(' ') : undefined;
      row(line(visual.colour, dash, dotted), form?.[lang] ?? visual.code);
    }
    if (coloursUsed.has(theme.multiSupportColour)) row(line(theme.multiSupportColour, undefined), words.multiSupport);
    if (coloursUsed.has(theme.noSupportColour)) row(line(theme.noSupportColour, undefined), words.noSupport);
    y += 4;
    const arrow = (middle: number) => {
      const width = legend.arrowSampleWidth;
      const id = markers.arrow(theme.multiSupportColour, width);
      const { length } = arrowSize(width, theme);
      return el('line', {
        x1: 1,
        y1: middle,
        x2: 36 - length * 0.6,
        y2: middle,
        stroke: theme.multiSupportColour,
        'stroke-width': width,
        'marker-end': `url(#${id})`,
      });
    };
    row(arrow, words.arrows, muted);
  }
  if (actors.some((entry) => entry.faded) || scene.alliances.some((entry) => entry.faded)) {
    const faded = (middle: number) =>
      el('g', { opacity: legend.fadedSampleOpacity }, [el('circle', { cx: 18, cy: middle, r: 8, fill: legend.fadedSampleColour })]);
    row(faded, words.faded, muted);
  }
  if (stated) {
    const read = (middle: number) => el('circle', { cx: 18, cy: middle, r: 8, fill: readingColour(legend.fadedSampleColour, theme) });
    row(read, words.readings, muted);
  }
  return { content, height: y };
}
