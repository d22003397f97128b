import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { refusalText } from '../../src/import/messages';
import { canAccept } from '../../src/import/report';
import { runImport, type ImportInput, type ImportOutcome } from '../../src/import/run';
import { RESERVED_IDS } from '../../src/model/limits';
import { buildGraph } from '../../src/model/graph';
import { validateData } from '../../src/model/validate';

// Property tests (fast-check) of every importer: generated CSV pairs, graph JSON, GEXF, GraphML and
// bytes that are none of them. Each import ends in a map with its report or in a refusal with a
// reason — never an exception, never a crash of a reader passed off as "unknown format" — and a map
// the report lets the user accept is a valid file the app can draw. A generous bound on each run's
// time catches a hang, not a slow machine (speed is measured by `npm run bench`).
const HANG_MS = 3000;
const REASONS = new Set([
  'too-large',
  'not-a-workbook',
  'xml-entities',
  'xml-syntax',
  'no-graph',
  'unknown-format',
  'no-table',
  'mixed-files',
  'native-json',
  'reserved-id',
]);
// Details of the refusals the readers make on purpose (ImportRefused): a file's name or a word.
const PURPOSEFUL_DETAILS = new Set(['', 'mixed', 'native-json']);

/** What Object.prototype holds before any import: an import must leave it so. */
const PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));
const encode = (text: string) => new TextEncoder().encode(text);

/** What is wrong with an outcome, or null when it is whole. */
function flaw(outcome: ImportOutcome, inputs: readonly ImportInput[]): string | null {
  if (!outcome.ok) {
    if (!REASONS.has(outcome.reason)) return `unknown reason ${outcome.reason}`;
    const names = new Set(inputs.map((input) => input.name));
    const crashed = outcome.reason === 'unknown-format' && !names.has(outcome.detail) && !PURPOSEFUL_DETAILS.has(outcome.detail);
    return crashed ? `a reader crashed: ${outcome.detail}` : null;
  }
  const { file, report } = outcome.conversion;
  if (file.format !== 'alliance-map/1') return `format ${String(file.format)}`;
  if (!canAccept(report)) return null;
  const problems = validateData(file).problems;
  if (problems.length > 0) return `an acceptable import is invalid: ${problems[0]?.path} ${problems[0]?.message}`;
  buildGraph(file);
  return null;
}

async function importedWithin(inputs: ImportInput[]): Promise<void> {
  const started = performance.now();
  const outcome = await runImport(inputs);
  const elapsed = performance.now() - started;
  if (elapsed >= HANG_MS) throw new Error(`import took ${Math.round(elapsed)} ms`);
  // An actor named `__proto__` once wrote into Object.prototype through graphology's adjacency.
  const polluted = Object.getOwnPropertyNames(Object.prototype).filter((name) => !PROTOTYPE.has(name));
  if (polluted.length > 0) throw new Error(`Object.prototype gained ${polluted.join(', ')}`);
  const found = flaw(outcome, inputs);
  if (found !== null) throw new Error(found);
}

/** Cells as spreadsheets hold them, and as hostile ones do. */
const cell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...RESERVED_IDS, '=1+1', '-120,5', '1 000 €', '29/05/2007', '2007', '13; 17', 'ODD 13', 'Centre-Val de Loire', 'oui'),
  fc.double().map(String),
  fc.string({ minLength: 200, maxLength: 1200 }),
);
const ids = fc.constantFrom('a', 'b', 'c', 'Ville de Tours', 'constructor', '__proto__', '');
const actorColumns = fc.subarray(['id', 'nom', 'type', 'région', 'ODD', 'site', 'x', 'y', 'email', 'fondée'], { minLength: 1 });
const allianceColumns = fc.subarray(['source', 'cible', 'relation', 'montant', 'début', 'fin', 'ODD', 'orienté'], { minLength: 1 });

/** A table as text: a header, rows of cells (an id-like first cell often), quoted or not, `;` or `,`. */
function csv(columns: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc
    .record({
      header: columns,
      rows: fc.array(fc.array(fc.oneof(ids, cell), { maxLength: 10 }), { maxLength: 25 }),
      separator: fc.constantFrom(';', ',', '\t'),
      quote: fc.boolean(),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
    })
    .map(({ header, rows, separator, quote, newline }) => {
      const write = (value: string) => (quote || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value);
      return [header, ...rows].map((row) => row.map(write).join(separator)).join(newline);
    });
}

const jsonNode = fc.record(
  {
    key: fc.oneof(ids, fc.jsonValue({ maxDepth: 1 })),
    attributes: fc.oneof(fc.dictionary(fc.constantFrom('label', 'kind', 'x', 'y', 'url', 'odd'), cell), fc.jsonValue({ maxDepth: 2 })),
  },
  { requiredKeys: [] },
);
const jsonEdge = fc.record(
  {
    key: ids,
    source: fc.oneof(ids, fc.jsonValue({ maxDepth: 1 })),
    target: fc.oneof(ids, fc.jsonValue({ maxDepth: 1 })),
    attributes: fc.jsonValue({ maxDepth: 2 }),
    undirected: fc.jsonValue({ maxDepth: 0 }),
  },
  { requiredKeys: [] },
);
const cytoscapeElement = fc.record(
  {
    data: fc.oneof(fc.record({ id: ids, source: ids, target: ids, label: cell }, { requiredKeys: [] }), fc.jsonValue({ maxDepth: 2 })),
    position: fc.jsonValue({ maxDepth: 1 }),
    group: fc.constantFrom('nodes', 'edges', 'x'),
  },
  { requiredKeys: [] },
);
const graphJson = fc.oneof(
  fc.record(
    { nodes: fc.array(jsonNode, { maxLength: 15 }), edges: fc.array(jsonEdge, { maxLength: 15 }), options: fc.jsonValue({ maxDepth: 1 }) },
    { requiredKeys: ['nodes'] },
  ),
  fc.record({
    elements: fc.oneof(
      fc.array(cytoscapeElement, { maxLength: 15 }),
      fc.record({ nodes: fc.array(cytoscapeElement), edges: fc.array(cytoscapeElement) }),
    ),
  }),
  fc.array(cytoscapeElement, { maxLength: 15 }),
  fc.jsonValue({ maxDepth: 4 }),
);

/** Text for XML, escaped or not: a hostile file may leave `<` and `&` raw. */
const xmlText = fc.oneof(
  cell.map((text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')),
  fc.string({ maxLength: 12 }),
);
const gexf = fc
  .record({
    nodes: fc.array(fc.tuple(xmlText, xmlText, xmlText), { maxLength: 12 }),
    edges: fc.array(fc.tuple(xmlText, xmlText), { maxLength: 12 }),
    directed: fc.constantFrom('directed', 'undirected', 'mutual', ''),
  })
  .map(
    ({ nodes, edges, directed }) =>
      `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="${directed}"><attributes class="node"><attribute id="0" title="url" type="string"/></attributes><nodes>${nodes
        .map(([id, label, url]) => `<node id="${id}" label="${label}"><attvalues><attvalue for="0" value="${url}"/></attvalues></node>`)
        .join(
          '',
        )}</nodes><edges>${edges.map(([source, target], index) => `<edge id="${index}" source="${source}" target="${target}"/>`).join('')}</edges></graph></gexf>`,
  );
const graphml = fc
  .record({
    nodes: fc.array(fc.tuple(xmlText, xmlText), { maxLength: 12 }),
    edges: fc.array(fc.tuple(xmlText, xmlText), { maxLength: 12 }),
  })
  .map(
    ({ nodes, edges }) =>
      `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected">${nodes
        .map(([id, label]) => `<node id="${id}"><data key="d0">${label}</data></node>`)
        .join('')}${edges.map(([source, target]) => `<edge source="${source}" target="${target}"/>`).join('')}</graph></graphml>`,
  );

describe('actors named like Object built-ins', () => {
  it.each([
    ['proto-actor.cytoscape.json', '__proto__'],
    ['constructor-actor.graphml', 'constructor'],
  ])('%s is refused by name, and Object.prototype stays as it was', async (name, id) => {
    const outcome = await runImport([{ name, bytes: new Uint8Array(readFileSync(`test/fixtures/hostile/${name}`)) }]);
    expect(outcome).toMatchObject({ ok: false, reason: 'reserved-id', detail: id });
    if (outcome.ok) return;
    expect(refusalText(outcome.reason, outcome.detail, 'fr')).toBe(
      `l’identifiant d’acteur "${id}" est un nom que JavaScript donne à tout objet : renommez-le dans le fichier`,
    );
    expect(Object.getOwnPropertyNames(Object.prototype).filter((key) => !PROTOTYPE.has(key))).toEqual([]);
    // graphology's adjacency records would have written `previous` into Object.prototype or Object.
    expect([Object.hasOwn(Object.prototype, 'previous'), Object.hasOwn(Object, 'previous')]).toEqual([false, false]);
  });
});

describe('every importer: a map with its report or a refusal with a reason, never an exception', () => {
  // @xmldom/xmldom, the XML parser outside a page, logs each malformed file it is given.
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));

  it('CSV pairs and single tables', async () => {
    const pair = fc
      .tuple(csv(actorColumns), csv(allianceColumns), fc.boolean())
      .map(([actors, alliances, both]) => [
        { name: 'acteurs.csv', bytes: encode(actors) },
        ...(both ? [{ name: 'alliances.csv', bytes: encode(alliances) }] : []),
      ]);
    await fc.assert(fc.asyncProperty(pair, importedWithin), { numRuns: 400 });
  }, 120_000);

  it('graph JSON (graphology, Cytoscape.js) and any other JSON', async () => {
    const input = graphJson.map((data) => [{ name: 'graphe.json', bytes: encode(JSON.stringify(data) ?? 'null') }]);
    await fc.assert(fc.asyncProperty(input, importedWithin), { numRuns: 400 });
  }, 120_000);

  it('GEXF and GraphML, well formed or not', async () => {
    const input = fc.oneof(
      gexf.map((text) => [{ name: 'graphe.gexf', bytes: encode(text) }]),
      graphml.map((text) => [{ name: 'graphe.graphml', bytes: encode(text) }]),
      fc
        .tuple(fc.oneof(gexf, graphml), fc.nat())
        .map(([text, cut]) => [{ name: 'coupé.gexf', bytes: encode(text.slice(0, cut % (text.length + 1))) }]),
    );
    await fc.assert(fc.asyncProperty(input, importedWithin), { numRuns: 300 });
  }, 120_000);

  it('bytes that are none of them, under any name', async () => {
    const input = fc
      .tuple(
        fc.constantFrom('carte.xlsx', 'carte.ods', 'acteurs.csv', 'graphe.gexf', 'graphe.graphml', 'graphe.json', 'carte.txt'),
        fc.uint8Array({ maxLength: 2000 }),
      )
      .map(([name, bytes]) => [{ name, bytes }]);
    await fc.assert(fc.asyncProperty(input, importedWithin), { numRuns: 300 });
  }, 120_000);
});
