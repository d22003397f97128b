// What each item of the export menu produces, as a file name and a Blob. Browser code (Blob,
// canvas, fetch); the drawing and the data themselves come from the pure modules beside it.
import type { Lang } from '../domain/types';
import type { Dataset } from '../load/loadData';
import { readInlineData } from '../load/inlineData';
import type { MapViewport } from '../map/mapHandle';
import type { Appearance } from '../view/appearance';
import { statedCodec } from '../url-state';
import { THEME } from '../view/theme';
import type { Positions, Visibility } from '../view/types';
import { CSV_DIALECTS, actorsCsv, alliancesCsv } from './csv';
import { exportDataFile, exportJson } from './data';
import { canvasTextMeasure, svgToPng } from './download';
import { exportFileName } from './fileNames';
import { exportGexf } from './gexf';
import { exportGraphml } from './graphml';
import { buildSvgDocument, viewportAround, type SvgDocument } from './svg';
import { captionText, legendText } from './texts';
import { fetchViewerTemplate, injectIntoViewer, viewerTemplateFromDocument } from './viewer';

export interface ExportContext {
  dataset: Dataset;
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  viewport: MapViewport | null;
  viewQuery: string;
  lang: Lang;
  /** The page's address, for the link to the same view printed in the caption. */
  pageUrl: string;
}

export interface ExportedFile {
  name: string;
  blob: Blob;
}

/** Raised when the stand-alone map's template cannot be found beside the app. */
export class ViewerMissingError extends Error {}

/**
 * The link to the same view: this page with the view's query string. None for a page opened from
 * a disk (file:) or a Blob, whose address means nothing to anyone else.
 */
export function viewUrl(pageUrl: string, viewQuery: string): string {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    url.search = viewQuery.replace(/^\?/, '');
    url.hash = '';
    return url.toString();
  } catch {
    return '';
  }
}

/** The drawing of the current view (legend and caption included) at a pixel scale. */
export function drawing(context: ExportContext, scale = 1): SvgDocument {
  const { dataset, appearance, positions, visibility, lang } = context;
  return buildSvgDocument({
    appearance,
    positions,
    visibility,
    viewport: context.viewport ?? viewportAround(appearance, positions, visibility),
    meta: dataset.file.meta,
    caption: captionText(lang, viewUrl(context.pageUrl, context.viewQuery)),
    legend: legendText(lang),
    lang,
    scale,
    measure: canvasTextMeasure(THEME.fontFamily) ?? undefined,
    stated: statedCodec.parse(new URLSearchParams(context.viewQuery)).value,
  });
}

export function svgFile(context: ExportContext): ExportedFile {
  const { svg } = drawing(context);
  return { name: exportFileName(context.dataset.file.meta, 'svg'), blob: new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) };
}

export async function pngFile(context: ExportContext, scale: 1 | 2 | 4): Promise<ExportedFile> {
  const { svg, width, height } = drawing(context, scale);
  const blob = await svgToPng(svg, Math.round(width * scale), Math.round(height * scale));
  return { name: exportFileName(context.dataset.file.meta, scale === 1 ? 'png-1' : scale === 2 ? 'png-2' : 'png-4'), blob };
}

export function jsonFile(context: ExportContext, filteredOnly: boolean): ExportedFile {
  const { dataset, positions, visibility } = context;
  const text = exportJson(dataset.file, dataset.graph, positions, { filteredOnly, visibility, stories: dataset.file.stories ?? [] });
  return {
    name: exportFileName(dataset.file.meta, filteredOnly ? 'json-filtered' : 'json'),
    blob: new Blob([text], { type: 'application/json;charset=utf-8' }),
  };
}

/** A CSV table as the spreadsheet of the interface's language reads it (`;` and decimal commas in French). */
export function csvFile(context: ExportContext, table: 'actors' | 'alliances'): ExportedFile {
  const { dataset, positions } = context;
  const options = { dialect: CSV_DIALECTS[context.lang] };
  const text = table === 'actors' ? actorsCsv(dataset.graph, positions, options) : alliancesCsv(dataset.graph, positions, options);
  return {
    name: exportFileName(dataset.file.meta, table === 'actors' ? 'csv-actors' : 'csv-alliances'),
    blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
  };
}

/** The whole map as a graph file for Gephi and other graph tools, with the map's colours, sizes and positions. */
export function graphFile(context: ExportContext, format: 'gexf' | 'graphml'): ExportedFile {
  const { dataset, positions, appearance } = context;
  const input = { meta: dataset.file.meta, graph: dataset.graph, positions, appearance };
  const text = format === 'gexf' ? exportGexf(input) : exportGraphml(input);
  const type = format === 'gexf' ? 'application/gexf+xml' : 'application/graphml+xml';
  return { name: exportFileName(dataset.file.meta, format), blob: new Blob([text], { type: `${type};charset=utf-8` }) };
}

/**
 * The stand-alone map: the viewer template (fetched beside the app, or this very page when it is
 * a stand-alone map already) with the whole data file, current positions, stories and view.
 */
export async function htmlFile(context: ExportContext): Promise<ExportedFile> {
  const { dataset, positions } = context;
  const template = readInlineData() ? viewerTemplateFromDocument(document) : await fetchViewerTemplate();
  if (!template) throw new ViewerMissingError('viewer template missing');
  const file = exportDataFile(dataset.file, dataset.graph, positions, { stories: dataset.file.stories ?? [] });
  const html = injectIntoViewer(template, file, context.viewQuery);
  return { name: exportFileName(dataset.file.meta, 'html'), blob: new Blob([html], { type: 'text/html;charset=utf-8' }) };
}
