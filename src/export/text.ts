// Text helpers shared by the exports: XML escaping, rough text measuring and wrapping.

/** Escapes text for XML/HTML content and attribute values: data text is never markup. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 forbids (C0 controls but tab and newlines) would make the file unreadable.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

/** Average advance of a character of the system sans-serif fonts, in ems (a little generous). */
const AVERAGE_CHAR_EM = 0.56;

/** Estimated width of a text line at a font size: enough to lay out captions and wrap labels. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[ il.,;:'!|ı]/.test(char)) ems += 0.3;
    else if (/[mwMW@%]/.test(char)) ems += 0.85;
    else if (/[A-Z0-9]/.test(char)) ems += 0.66;
    else ems += AVERAGE_CHAR_EM;
  }
  return ems * fontSize;
}

/**
 * Splits a text into lines no wider than maxWidth (a word longer than a line gets a line of its
 * own, cut into pieces only when `breakWords` is set, for URLs).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, breakWords = false): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  };
  for (const word of text.split(/\s+/).filter((piece) => piece !== '')) {
    if (breakWords && textWidth(word, fontSize) > maxWidth) {
      let piece = '';
      for (const char of word) {
        if (piece !== '' && textWidth(piece + char, fontSize) > maxWidth) {
          push(piece);
          piece = '';
        }
        piece += char;
      }
      if (piece !== '') push(piece);
    } else {
      push(word);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Measures a line of text at a font size (model units or CSS pixels alike). */
export type MeasureText = (text: string, fontSize: number) => number;

/**
 * Wraps a node label exactly as Cytoscape's `text-wrap: wrap` does: a line that is too wide is
 * filled word by word (a word and the space after it), and a word wider than the line stays whole.
 * With the browser's own measure (see canvasTextMeasure), the lines match the map's.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, measure: MeasureText = textWidth): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (measure(line, fontSize) <= maxWidth) {
      out.push(line);
      continue;
    }
    let subline = '';
    let previous = 0;
    for (const match of line.matchAll(/[\s\u200b]+|$/g)) {
      const separator = match[0];
      const word = line.substring(previous, match.index);
      previous = match.index + separator.length;
      const test = subline.length === 0 ? word : subline + word + separator;
      if (measure(test, fontSize) <= maxWidth) {
        subline += word + separator;
      } else {
        if (subline) out.push(subline);
        subline = word + separator;
      }
      if (separator === '') break;
    }
    if (!/^[\s\u200b]*$/.test(subline)) out.push(subline);
  }
  return out.map((line) => line.trim()).filter((line) => line !== '');
}
