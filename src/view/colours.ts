// Colours as seen on the paper of the map: a translucent colour turned opaque, for the drawings
// that blend badly (the WebGL mode) and for the colours the view fades itself (readings).

const alphaCache = new Map<string, string>();

/** `#RRGGBB` (or `#RGB`) as `rgba(r,g,b,alpha)`; anything else is returned as it is. A map has few colours: cached. */
export function withAlpha(colour: string, alpha: number): string {
  const key = `${colour}/${alpha}`;
  const known = alphaCache.get(key);
  if (known !== undefined) return known;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  let result = colour;
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
    result = `rgba(${r},${g},${b},${alpha})`;
  }
  if (alphaCache.size < 10_000) alphaCache.set(key, result);
  return result;
}

/**
 * `#RRGGBB` (or `#RGB`) seen at `alpha` over `background`, as an opaque `#rrggbb`: what a
 * translucent colour looks like on the map, without sigma's blending of translucent colours.
 * Anything else is returned as it is.
 */
export function over(colour: string, alpha: number, background: string): string {
  const key = `${colour}/${alpha}/${background}`;
  const known = alphaCache.get(key);
  if (known !== undefined) return known;
  const front = rgbOf(colour);
  const back = rgbOf(background);
  let result = colour;
  if (front && back)
    result = `#${front
      .map((value, i) =>
        Math.round(value * alpha + back[i]! * (1 - alpha))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  if (alphaCache.size < 10_000) alphaCache.set(key, result);
  return result;
}

export function rgbOf(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return [r, g, b];
}
