// graphology's XML parsers, built from a DOMParser and a Document class of our choosing.
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (
    GraphClass: typeof Graph,
    source: unknown,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => Graph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (GraphClass: typeof Graph, source: unknown, options?: { addMissingNodes?: boolean }) => Graph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
