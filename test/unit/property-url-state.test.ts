import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/embed/protocol';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import {
  applySavedView,
  defaultViewState,
  parseFiltersObject,
  parseViewState,
  pruneToGraph,
  serializeViewState,
  VIEW_PARAMS,
} from '../../src/url-state';

// Property tests (fast-check): thousands of generated addresses and embed messages, each read to a
// view (what was not understood dropped) — never an exception. A generous bound on each run's time
// catches a hang (a quadratic path), not a slow machine: speed is measured by `npm run bench`.
const HANG_MS = 2000;
const seedFile = JSON.parse(readFileSync('data/odd17-villes-au-carre.json', 'utf8')) as DataFile;
const graph = buildGraph(seedFile);

function within<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  if (elapsed >= HANG_MS) throw new Error(`took ${Math.round(elapsed)} ms`);
  return result;
}

/** Reads a query, asserting the view read is whole: it reads back to itself, nothing dropped. */
function readsBackToItself(query: string): void {
  const { state } = within(() => parseViewState(query));
  const again = parseViewState(serializeViewState(state));
  if (again.dropped.length > 0) throw new Error(`the canonical query of ${JSON.stringify(query)} drops ${JSON.stringify(again.dropped)}`);
  expect(again.state).toEqual(state);
}

const names = [...VIEW_PARAMS, 'utm_source', 'Sdg', ''];
/** Values as links carry them: plausible ones, lists, odd and broken encodings, long ones. */
const value = fc.oneof(
  fc.constantFrom(
    '13',
    '13,17',
    '24,FR',
    'catalyst',
    'en',
    'webgl',
    '1',
    'true',
    '2019-2022',
    '-5,3.5,2',
    'villes-au-carre',
    '%E0%A4%A',
    '%2C',
  ),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.oneof(fc.integer({ min: -5, max: 30 }).map(String), fc.string({ maxLength: 6 })), { maxLength: 60 })
    .map((items) => items.join(',')),
  fc.string({ minLength: 500, maxLength: 3000 }),
);
const encode = fc.constantFrom(
  (text: string) => text,
  (text: string) => encodeURIComponent(text),
  (text: string) => text.replace(/ /g, '+'),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...names), value, encode), { maxLength: 12 })
  .chain((pairs) =>
    fc
      .constantFrom('?', '')
      .map((mark) => mark + pairs.map(([name, text, encoded]) => `${encodeURIComponent(name)}=${encoded(text)}`).join('&')),
  );

describe('the URL-state parser on generated input', () => {
  it('reads any text to a view that reads back to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 400 })), readsBackToItself),
      { numRuns: 2000 },
    );
  });

  it('reads any query of the app’s parameters, however odd their values', () => {
    fc.assert(fc.property(query, readsBackToItself), { numRuns: 3000 });
  });

  it('applies any story step’s view to any state, then prunes it to the map', () => {
    fc.assert(
      fc.property(query, query, (current, view) => {
        const applied = within(() => applySavedView(parseViewState(current).state, view));
        const pruned = within(() => pruneToGraph(applied.state, graph, seedFile.stories ?? []));
        expect(pruned.state.focus.id === null || graph.hasNode(pruned.state.focus.id)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a list of 30,000 items without a quadratic pass', () => {
    const kinds = Array.from({ length: 30_000 }, (_, i) => `k${i}`).join(',');
    const sdgs = Array.from({ length: 30_000 }, () => '13').join(',');
    const { state } = within(() => parseViewState(`kind=${kinds}&sdg=${sdgs}`));
    expect(state.filters.kind).toHaveLength(30_000);
    expect(state.filters.sdg).toEqual([13]);
    expect(within(() => parseViewState(serializeViewState(state))).state).toEqual(state);
  });
});

describe('the embed API on generated messages', () => {
  it('reads any message to a command or a reason, and any filters object to filters', () => {
    const message = fc.oneof(
      fc.anything(),
      fc.record({
        source: fc.constantFrom('alliance-map', 'other'),
        apiVersion: fc.oneof(fc.constant(1), fc.anything()),
        type: fc.oneof(fc.constantFrom('set-filters', 'focus', 'fit', 'get-state', 'constructor', '__proto__'), fc.anything()),
        filters: fc.oneof(fc.dictionary(fc.constantFrom('sdg', 'region', 'kind', 'period', 'national', 'x'), fc.anything()), fc.anything()),
        id: fc.anything(),
        requestId: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(message, (data) => {
        const result = within(() => parseCommand(data));
        expect(result.ok ? typeof result.command.type : typeof result.reason).toBe('string');
        within(() => parseFiltersObject(data));
      }),
      { numRuns: 3000 },
    );
    expect(parseViewState('').state).toEqual(defaultViewState());
  });
});
