// Text on a coloured chip (an SDG's number on its UN colour): the text colour that reads, by the
// WCAG 2.1 contrast ratio. The UN colours stay; the numbers change colour where white fails.

export const DARK_TEXT = '#1d2025';
export const LIGHT_TEXT = '#ffffff';

/** Relative luminance of a #rrggbb colour (WCAG 2.1); 0 for anything else. */
export function luminance(hex: string): number {
  const value = /^#?([\da-f]{6})$/i.exec(hex)?.[1];
  if (!value) return 0;
  const channel = (offset: number) => {
    const c = parseInt(value.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or dark grey, whichever contrasts more with the background colour. */
export function textOn(colour: string): string {
  return contrastRatio(colour, DARK_TEXT) > contrastRatio(colour, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}
