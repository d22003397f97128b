// A tiny XML well-formedness parser (no dependency): elements, attributes, text, comments, the
// XML declaration, the five predefined entities and character references. Throws on anything
// an XML parser would reject among these.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

function decodeEntities(text: string, where: string): string {
  return text.replace(/&([^;\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & in ${where}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name in named) return named[name] ?? '';
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1];
    if (code) return String.fromCodePoint(parseInt(code, 16));
    const decimal = /^#(\d+)$/.exec(name)?.[1];
    if (decimal) return String.fromCodePoint(Number(decimal));
    throw new Error(`unknown entity &${name}; in ${where}`);
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const NAME = /[A-Za-z_:][\w:.-]*/y;
  const readName = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(xml);
    if (!match) throw new Error(`expected a name at ${i}: ${xml.slice(i, i + 30)}`);
    i += match[0].length;
    return match[0];
  };
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i++;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
      else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3;
      else return;
    }
  };
  const parseElement = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`expected < at ${i}`);
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      const attribute = readName();
      if (attribute in attributes) throw new Error(`duplicate attribute ${attribute} on <${name}>`);
      skipSpace();
      if (xml[i] !== '=') throw new Error(`expected = after ${attribute}`);
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attribute}`);
      const end = xml.indexOf(quote, i + 1);
      const raw = xml.slice(i + 1, end);
      if (raw.includes('<')) throw new Error(`< in attribute ${attribute}`);
      attributes[attribute] = decodeEntities(raw, `attribute ${attribute}`);
      i = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (xml.startsWith('</', i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) throw new Error(`</${closing}> closes <${name}>`);
        skipSpace();
        if (xml[i] !== '>') throw new Error('expected >');
        i++;
        return { name, attributes, children };
      }
      if (xml.startsWith('<!--', i)) {
        i = xml.indexOf('-->', i) + 3;
      } else if (xml[i] === '<') {
        children.push(parseElement());
      } else {
        const end = xml.indexOf('<', i);
        if (end < 0) throw new Error(`<${name}> is not closed`);
        children.push(decodeEntities(xml.slice(i, end), `text of <${name}>`));
        i = end;
      }
    }
  };
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (i !== xml.length) throw new Error(`content after the root element: ${xml.slice(i, i + 40)}`);
  return root;
}

export function elements(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (element.name === name) out.push(element);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(node);
  return out;
}

export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join(node.name === 'tspan' ? '' : ' ');
}

export function byId(root: XmlElement, id: string): XmlElement {
  const found = elements(root, 'g').find((element) => element.attributes.id === id);
  if (!found) throw new Error(`no <g id="${id}">`);
  return found;
}

/** The label texts drawn on the map (each <text> joined from its wrapped lines). */
export function mapLabels(root: XmlElement): string[] {
  return elements(byId(root, 'labels'), 'text').map((text) =>
    elements(text, 'tspan')
      .map((span) => textOf(span))
      .join(' '),
  );
}
