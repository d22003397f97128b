// A tiny SVG element tree and its serializer. Drawing code builds elements; only the serializer
// writes markup, and it escapes every text and attribute value itself: data text never becomes
// markup, whoever builds the tree.
import { escapeXml } from './text';

/** An attribute's value; undefined leaves the attribute out, a number is written with {@link num}. */
export type SvgValue = string | number | undefined;

export interface SvgElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, SvgValue>>;
  readonly children: readonly SvgNode[];
}

/** An element, or text. */
export type SvgNode = SvgElement | string;

/** Drawn content (a legend, a caption) and the height it takes. */
export interface Block {
  content: SvgElement[];
  height: number;
}

/** An element; `null` and `false` children are left out, so optional parts read inline. */
export function el(
  name: string,
  attributes: Record<string, SvgValue> = {},
  children: readonly (SvgNode | null | false)[] = [],
): SvgElement {
  return { name, attributes, children: children.filter((child): child is SvgNode => child !== null && child !== false) };
}

/** A number as the drawing writes it: at most two decimals, never "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** An attribute value: escaped, and its line breaks and tabs as references (a parser would read them as spaces). */
function attributeText(value: string): string {
  return escapeXml(value).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attributes(values: Readonly<Record<string, SvgValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) out += ` ${name}="${typeof value === 'number' ? num(value) : attributeText(value)}"`;
  }
  return out;
}

/** Markup of a node. The children of an `<svg>` go one a line, so the file reads as its layers. */
export function serialize(node: SvgNode): string {
  if (typeof node === 'string') return escapeXml(node);
  const open = `<${node.name}${attributes(node.attributes)}`;
  if (node.children.length === 0) return `${open}/>`;
  const lines = node.name === 'svg';
  const inner = node.children.map((child) => serialize(child) + (lines ? '\n' : '')).join('');
  return `${open}>${lines ? '\n' : ''}${inner}</${node.name}>`;
}

/** A standalone SVG file: the XML declaration, then the root element. */
export function serializeDocument(root: SvgElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
