// GEXF (Gephi) and GraphML through graphology's parsers. Their browser builds use the page's
// DOMParser, which a Web Worker and Node lack: there, @xmldom/xmldom stands in (loaded only then).
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type { RawImport } from '../types';
import { tablesOfGraph } from './graphTables';
import { ImportRefused, MAX_EXPANDED_BYTES } from './limits';

interface XmlImplementation {
  DOMParser: new () => { parseFromString(source: string, type: string): unknown };
  Document: new (...args: never[]) => unknown;
}

async function xmlImplementation(): Promise<XmlImplementation> {
  if (typeof DOMParser !== 'undefined' && typeof Document !== 'undefined') return { DOMParser, Document };
  const xmldom = await import('@xmldom/xmldom');
  const sample = new xmldom.DOMParser().parseFromString('<x/>', 'application/xml');
  return { DOMParser: xmldom.DOMParser, Document: sample.constructor as XmlImplementation['Document'] };
}

/** Parses first, to say where the XML is broken: graphology's parsers would only stumble on it. */
function parseXml(xml: XmlImplementation, text: string): unknown {
  let document: unknown;
  try {
    document = new xml.DOMParser().parseFromString(text, 'application/xml');
  } catch (error) {
    throw new ImportRefused('xml-syntax', error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const errors = (document as Document).getElementsByTagName('parsererror');
  if (errors.length > 0) throw new ImportRefused('xml-syntax', (errors[0]?.textContent ?? '').split('\n')[0]?.trim() ?? '');
  return document;
}

export async function readXmlGraph(text: string, format: 'gexf' | 'graphml', file: string): Promise<RawImport> {
  if (text.length > MAX_EXPANDED_BYTES) throw new ImportRefused('too-large', String(text.length));
  // Entities declared in the file could make it expand without bound: neither format needs them.
  if (/<!ENTITY/i.test(text)) throw new ImportRefused('xml-entities', file);
  const xml = await xmlImplementation();
  const document = parseXml(xml, text);
  const parse = format === 'gexf' ? createGexfParser(xml.DOMParser, xml.Document) : createGraphmlParser(xml.DOMParser, xml.Document);
  let graph: Graph;
  try {
    graph = parse(Graph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new ImportRefused('no-graph', error instanceof Error ? error.message : String(error));
  }
  // Gephi draws y upwards, the map downwards (src/export/graphLook.ts): y is turned back.
  graph.updateEachNodeAttributes((_node, attributes) =>
    typeof attributes.y === 'number' && attributes.y !== 0 ? { ...attributes, y: -attributes.y } : attributes,
  );
  return tablesOfGraph(graph, format, file);
}
