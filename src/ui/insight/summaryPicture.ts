// The summary panel as one picture: its charts' own SVG, stacked under a title, so the export
// reads exactly as the panel (browser code: it clones the charts on screen).
import { svgToPng } from '../../export/download';
import { THEME } from '../../view/theme';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 16;
const TITLE_PX = 30;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One SVG document of the charts in `panel`, in their order, with the panel's title. */
export function summarySvg(panel: HTMLElement, title: string): { svg: string; width: number; height: number } {
  const charts = [...panel.querySelectorAll<SVGSVGElement>('svg.summary-chart')];
  const width = Math.max(0, ...charts.map((chart) => Number(chart.getAttribute('width')))) + 2 * MARGIN;
  let y = MARGIN + TITLE_PX;
  const serializer = new XMLSerializer();
  const parts = charts.map((chart) => {
    const copy = chart.cloneNode(true) as SVGSVGElement;
    for (const element of [copy, ...copy.querySelectorAll('*')]) {
      for (const name of ['tabindex', 'role', 'aria-label', 'aria-pressed', 'class', 'data-testid', 'data-key'])
        element.removeAttribute(name);
    }
    copy.setAttribute('x', String(MARGIN));
    copy.setAttribute('y', String(y));
    y += Number(chart.getAttribute('height')) + MARGIN;
    return serializer.serializeToString(copy);
  });
  const height = y;
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${THEME.ink.paper}"/>` +
    `<text x="${MARGIN}" y="${MARGIN + 18}" font-family="${escapeText(THEME.fontFamily).replace(/"/g, '&quot;')}" font-size="16" font-weight="600" fill="${THEME.ink.text}">${escapeText(title)}</text>` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}

export async function summaryPng(panel: HTMLElement, title: string): Promise<Blob> {
  const { svg, width, height } = summarySvg(panel, title);
  return svgToPng(svg, width * 2, height * 2);
}
