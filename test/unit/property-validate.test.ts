import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { RESERVED_IDS } from '../../src/model/limits';
import { PROBLEM_CODES, problemMessage } from '../../src/model/messages';
import type { DataFile } from '../../src/model/types';
import { validateData, validateText, type ValidationResult } from '../../src/model/validate';

// Property tests (fast-check): thousands of generated files, each validated to a file or a list of
// structured problems — never an exception. A generous bound on each run's time catches a hang
// (a quadratic path, a loop without end), not a slow machine: speed is measured by `npm run bench`.
const HANG_MS = 2000;
const seedText = readFileSync('data/odd17-villes-au-carre.json', 'utf8');
const seed = JSON.parse(seedText) as DataFile;

const CODES = new Set<string>(PROBLEM_CODES);

/** What is wrong with a result, or null when it is whole: the file alone, or problems each with a known code. */
function flaw({ file, problems }: ValidationResult): string | null {
  if (file !== undefined) return problems.length === 0 ? null : 'a file and problems';
  if (problems.length === 0) return 'neither a file nor problems';
  for (const problem of problems) {
    if (!CODES.has(problem.code)) return `unknown code ${problem.code}`;
    if (typeof problem.path !== 'string' || problem.message === '' || problemMessage(problem, 'fr') === '') return 'an incomplete problem';
    if (problem.line !== undefined && !(Number.isInteger(problem.line) && problem.line >= 1)) return `line ${problem.line}`;
  }
  return null;
}

/** Validates, asserting the result is whole and came within the hang bound. */
function validatedWithin(validate: () => ValidationResult): void {
  const started = performance.now();
  const result = validate();
  const elapsed = performance.now() - started;
  if (elapsed >= HANG_MS) throw new Error(`validation took ${Math.round(elapsed)} ms`);
  const found = flaw(result);
  if (found !== null) throw new Error(`validation gave ${found}`);
}

/** Ids as files have them, and as hostile files do: reserved names, long, odd characters. */
const id = fc.oneof(
  fc.constantFrom(...seed.nodes.map((node) => node.id)),
  fc.constantFrom(...RESERVED_IDS),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 60, maxLength: 300 }),
);
/** Any JSON value, or one of the right type most of the time. */
const either = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
const coordinate = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -2_000_000, max: 2_000_000 }));
const node = fc.record(
  {
    id: either(id),
    label: either(fc.string()),
    kind: either(fc.constantFrom('catalyst', 'funder', 'local-actor', 'network', 'constructor')),
    regions: either(fc.array(fc.constantFrom('24', 'FR', '99', '2A'), { maxLength: 3 })),
    sdgs: either(fc.array(fc.integer({ min: 0, max: 18 }), { maxLength: 4 })),
    url: either(fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'))),
    founded: either(fc.constantFrom('2007', '2007-05-29', '2021-02-30', '0999', '3000')),
    x: either(coordinate),
    y: either(coordinate),
    attributes: either(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4 })),
  },
  { requiredKeys: [] },
);
const edge = fc.record(
  {
    id: either(id),
    source: either(id),
    target: either(id),
    relation: either(fc.constantFrom('funding', 'support', 'fundng', '__proto__')),
    support: either(fc.array(fc.constantFrom('data', 'networks', 'funding'), { maxLength: 3 })),
    start: either(fc.constantFrom('2021', '2021-05', '1700')),
    end: either(fc.constantFrom('2020', '2022-13')),
    sources: either(fc.array(fc.record({ doc: either(id), quote: fc.string(), fields: either(fc.array(fc.string(), { maxLength: 3 })) }))),
  },
  { requiredKeys: [] },
);
const dataFile = fc.record(
  {
    format: either(fc.constant('alliance-map/1')),
    meta: either(
      fc.record({ title: either(fc.string()), kinds: either(fc.dictionary(id, fc.record({ fr: fc.string(), en: fc.string() }))) }),
    ),
    nodes: either(fc.array(node, { maxLength: 12 })),
    edges: either(fc.array(edge, { maxLength: 12 })),
    stories: either(
      fc.array(fc.record({ id: either(id), title: fc.string(), steps: fc.array(fc.record({ title: fc.string(), view: fc.string() })) })),
    ),
  },
  { requiredKeys: [] },
);

describe('the validator on generated input', () => {
  it('answers any text with a file or problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        validatedWithin(() => validateText(text, 'generated.json'));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers any file shaped like the format, as data and as text', () => {
    fc.assert(
      fc.property(dataFile, (data) => {
        validatedWithin(() => validateData(data));
        const text = JSON.stringify(data, null, 1);
        validatedWithin(() => validateText(text, 'generated.json'));
        validatedWithin(() => {
          const firstFive = validateText(text, 'generated.json', { maxProblems: 5 });
          if (firstFive.problems.length > 5) throw new Error(`${firstFive.problems.length} problems listed, 5 asked`);
          return firstFive;
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('answers the bundled file with any one value replaced, or its text cut anywhere', () => {
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index]));
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
    };
    collect(seed, []);
    const replaced = fc.tuple(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(replaced, fc.nat(seedText.length), ([path, value], cut) => {
        const copy = structuredClone(seed) as unknown as Record<string | number, unknown>;
        let parent = copy;
        for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
        parent[path[path.length - 1] as string | number] = value;
        validatedWithin(() => validateText(JSON.stringify(copy, null, 2), 'mutated.json'));
        validatedWithin(() => validateText(seedText.slice(0, cut), 'cut.json'));
      }),
      { numRuns: 400 },
    );
  });
});
