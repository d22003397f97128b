import { isReservedId } from '../../model/limits';

/**
 * The most a workbook may expand to, or an XML file (GEXF, GraphML) may hold once decoded: 64 MiB,
 * several times a 50,000-actor map (docs/performance.md). Larger inputs are refused before parsing.
 */
export const MAX_EXPANDED_BYTES = 64 * 1024 * 1024;

/** Raised for an input the importer refuses as a whole; the message says what and why. */
export class ImportRefused extends Error {
  constructor(
    readonly reason:
      'too-large' | 'not-a-workbook' | 'xml-entities' | 'xml-syntax' | 'no-graph' | 'unknown-format' | 'no-table' | 'reserved-id',
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * Refuses a graph whose actors are named like Object built-ins (`__proto__`, `constructor`…) before
 * graphology sees them: its adjacency records are plain objects, and such a key would write into
 * Object.prototype or a built-in function for the whole page.
 */
export function refuseReservedIds(ids: Iterable<unknown>): void {
  for (const id of ids) if (typeof id === 'string' && isReservedId(id)) throw new ImportRefused('reserved-id', id);
}
