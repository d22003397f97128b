// The caption band under the exported picture: the map's title, its first source, data date and
// licence, and the link to the same view.
import type { DataMeta } from '../model/types';
import type { Theme } from '../view/theme';
import { el, type Block, type SvgElement, type SvgValue } from './svgTree';
import { wrapText } from './text';
import type { CaptionText } from './texts';

export function captionBlock(meta: DataMeta, words: CaptionText, width: number, theme: Theme): Block {
  const { caption, lineHeight } = theme.picture;
  const max = width - 2 * caption.padding;
  let y = 0;
  const lines = (text: string, size: number, style: Record<string, SvgValue>, gap: number, breakWords = false): SvgElement[] =>
    wrapText(text, max, size, breakWords).map((line, i) => {
      y += (i === 0 ? gap : 0) + size * lineHeight;
      return el('text', { x: 0, y, 'font-size': size, ...style }, [line]);
    });
  const content = lines(meta.title, caption.titleSize, { 'font-weight': 'bold', fill: theme.ink.text }, 0);
  const facts: string[] = [];
  const source = meta.sources?.[0]?.title;
  if (source) facts.push(words.source(source));
  if (meta.updated) facts.push(words.updated(meta.updated));
  if (meta.license) facts.push(words.license(meta.license));
  if (facts.length > 0) content.push(...lines(facts.join(' · '), caption.factsSize, { fill: theme.ink.muted }, 4));
  if (words.url) {
    content.push(...lines(words.link, caption.linkSize, { fill: theme.ink.muted }, 6));
    const link = lines(words.url, caption.linkSize, { fill: theme.ink.link }, 0, true);
    content.push(el('a', { href: words.url, 'xlink:href': words.url }, link));
  }
  return { content, height: y + caption.padding };
}
