// Browser side of the exports: measuring label text, rasterising an SVG drawing, saving a file.
import { THEME } from '../view/theme';
import type { MeasureText } from './text';

/**
 * Measures text with a canvas, in the map's label font, as Cytoscape measures labels to wrap
 * them (whole pixels, rounded up); falls back on null where there is no canvas.
 */
export function canvasTextMeasure(fontFamily: string): MeasureText | null {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `normal normal ${fontSize}px ${fontFamily}`;
      width = Math.ceil(context.measureText(text).width);
      cache.set(key, width);
    }
    return width;
  };
}

/** Saves a Blob under a file name through an `<a download>`; the Blob URL is revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers: give it time to start.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be read as an image'));
    image.src = url;
  });
}

/**
 * Draws an SVG document (its width/height attributes already at the wanted pixel size) onto a
 * canvas of width × height pixels and encodes it as PNG.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = THEME.picture.background;
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large for this browser'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
