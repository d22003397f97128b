// The current view as a standalone SVG drawing, built from the app's own view data (appearance,
// positions, visibility) so nothing the map shows is lost: kind shapes and colours, SDG ring
// segments, group double borders, labels with their halo, alliance colours, widths, dash patterns
// and arrows, plus a legend panel and a caption band (title, source, data date, link to the view).
// Every number and colour comes from the theme. Pure: runs in the browser, in Node and in tests.
import type { Lang } from '../domain/types';
import type { MapViewport } from '../map/mapHandle';
import type { DataMeta } from '../model/types';
import type { Appearance } from '../view/appearance';
import { THEME, type Theme } from '../view/theme';
import type { Positions, Visibility } from '../view/types';
import { actorLayers } from './svgActors';
import { allianceLayer, Markers } from './svgAlliances';
import { captionBlock } from './svgCaption';
import { legendBlock } from './svgLegend';
import { drawnElements } from './svgScene';
import { el, num, serializeDocument } from './svgTree';
import { textWidth, type MeasureText } from './text';
import type { CaptionText, LegendText } from './texts';

export { viewportAround } from './svgScene';

export interface SvgInput {
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  viewport: MapViewport;
  meta: DataMeta;
  caption: CaptionText;
  legend: LegendText;
  lang: Lang;
  /** Multiplies the width and height attributes (the drawing is unchanged): 2 for a 2x raster. */
  scale?: number;
  /**
   * Measures label text, to wrap labels as the map does; in a browser pass canvasTextMeasure()
   * (the canvas Cytoscape measures with). Default: an estimate from average character widths.
   */
  measure?: MeasureText;
  /** The look; THEME unless a test asks for another. */
  theme?: Theme;
  /** "Only what the sources state" (stated=1): the appearance fades readings, the legend says so. */
  stated?: boolean;
}

export interface SvgDocument {
  svg: string;
  /** Size in CSS pixels at scale 1: the map, the legend panel beside it, the caption band below. */
  width: number;
  height: number;
}

/** Width of the legend panel drawn to the right of the map, in CSS pixels. */
export const LEGEND_WIDTH = THEME.picture.legend.width;

/** The drawing and its size; see {@link buildSvg}. */
export function buildSvgDocument(input: SvgInput): SvgDocument {
  const { appearance, viewport, meta, lang } = input;
  const theme = input.theme ?? THEME;
  const { picture } = theme;
  const scale = input.scale ?? 1;
  const mapWidth = Math.max(1, Math.round(viewport.widthPx));
  const mapHeight = Math.max(1, Math.round(viewport.heightPx));
  const scene = drawnElements(appearance, input.positions, input.visibility);
  const markers = new Markers(theme);

  // Alliances under actors, labels over both.
  const alliances = allianceLayer(scene, markers, theme);
  const actors = actorLayers(scene.actors.values(), input.measure ?? textWidth, theme);

  const legend = legendBlock(appearance, scene, input.legend, lang, markers, theme, input.stated === true);
  const legendWidth = picture.legend.width;
  const bodyHeight = Math.max(mapHeight, Math.ceil(legend.height) + 2 * picture.legend.padding);
  const width = mapWidth + legendWidth;
  const caption = captionBlock(meta, input.caption, width, theme);
  const captionPadding = picture.caption.padding;
  const height = Math.ceil(bodyHeight + captionPadding + caption.height);

  const modelWidth = Math.max(viewport.x2 - viewport.x1, 1e-6);
  const modelHeight = Math.max(viewport.y2 - viewport.y1, 1e-6);
  const description = [meta.title, meta.sources?.[0]?.title, meta.updated, input.caption.url].filter(Boolean).join(' · ');
  const rule = (x1: number, y1: number, x2: number, y2: number) => el('line', { x1, y1, x2, y2, stroke: picture.rule });

  const map = el(
    'svg',
    {
      x: 0,
      y: 0,
      width: mapWidth,
      height: mapHeight,
      viewBox: `${num(viewport.x1)} ${num(viewport.y1)} ${num(modelWidth)} ${num(modelHeight)}`,
      preserveAspectRatio: 'xMidYMid meet',
      overflow: 'hidden',
    },
    [alliances, actors.shapes, actors.labels],
  );
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xmlns:xlink': 'http://www.w3.org/1999/xlink',
      version: '1.1',
      width: width * scale,
      height: height * scale,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': theme.fontFamily,
      'xml:lang': lang,
      role: 'img',
      'aria-labelledby': 'alliance-map-title',
    },
    [
      el('title', { id: 'alliance-map-title' }, [meta.title]),
      el('desc', {}, [description]),
      el('defs', {}, markers.defs),
      el('rect', { x: 0, y: 0, width, height, fill: picture.background }),
      map,
      rule(mapWidth + 0.5, 0, mapWidth + 0.5, bodyHeight),
      el('g', { id: 'legend', transform: `translate(${mapWidth + picture.legend.padding} ${picture.legend.padding})` }, legend.content),
      el('rect', { x: 0, y: bodyHeight, width, height: height - bodyHeight, fill: picture.caption.background }),
      rule(0, bodyHeight + 0.5, width, bodyHeight + 0.5),
      el('g', { id: 'caption', transform: `translate(${captionPadding} ${bodyHeight + captionPadding})` }, caption.content),
    ],
  );
  return { svg: serializeDocument(root), width, height };
}

/**
 * An SVG of the current view: the map clipped to the screen's model rectangle (a nested `<svg>`
 * whose viewBox is that rectangle, drawn at the screen's size in CSS pixels), a legend panel to
 * its right and a caption band below. Valid standalone SVG 1.1 (browsers, Inkscape).
 */
export function buildSvg(input: SvgInput): string {
  return buildSvgDocument(input).svg;
}
