/**
 * The most a workbook may expand to, or an XML file (GEXF, GraphML) may hold once decoded: 64 MiB,
 * several times a 50,000-actor map (docs/performance.md). Larger inputs are refused before parsing.
 */
export const MAX_EXPANDED_BYTES = 64 * 1024 * 1024;

/** Raised for an input the importer refuses as a whole; the message says what and why. */
export class ImportRefused extends Error {
  constructor(
    readonly reason: 'too-large' | 'not-a-workbook' | 'xml-entities' | 'xml-syntax' | 'no-graph' | 'unknown-format' | 'no-table',
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}
