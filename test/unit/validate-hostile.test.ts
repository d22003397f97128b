import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COORDINATE, MAX_NESTING, RESERVED_IDS } from '../../src/model/limits';
import { problemMessage } from '../../src/model/messages';
import { closestMatch, createSuggester } from '../../src/model/problemPath';
import type { DataFile } from '../../src/model/types';
import { validateData, validateText } from '../../src/model/validate';

// Files made to freeze or blank the app (issue 15): each is refused with a clear message, at once.
const HOSTILE = 'test/fixtures/hostile/';
const read = (name: string): string => readFileSync(`${HOSTILE}${name}`, 'utf8');
const codesAndPaths = (text: string) => validateText(text, 'x.json').problems.map((problem) => [problem.code, problem.path]);

const small = (): DataFile => ({
  format: 'alliance-map/1',
  meta: { title: 'T' },
  nodes: [
    { id: 'a', label: 'A', kind: 'catalyst' },
    { id: 'b', label: 'B', kind: 'funder' },
  ],
  edges: [{ id: 'e', source: 'b', target: 'a', relation: 'funding' }],
});

describe('coordinates', () => {
  it('refuses a position beyond ±1,000,000, saying the range and the line', () => {
    const problems = validateText(read('huge-coordinates.json'), 'huge-coordinates.json').problems;
    expect(problems.map((problem) => [problem.code, problem.path, problem.line])).toEqual([
      ['out-of-range', 'nodes[0].x', 5],
      ['out-of-range', 'nodes[0].y', 5],
    ]);
    expect(problemMessage(problems[0] ?? problems[1]!, 'fr')).toBe('doit être un nombre de -1000000 à 1000000 (trouvé : 1e+308)');
  });

  it('accepts the bounds themselves, and says the same bound as the layout', () => {
    const file = small();
    Object.assign(file.nodes[0]!, { x: MAX_COORDINATE, y: -MAX_COORDINATE });
    expect(validateData(file).problems).toEqual([]);
    Object.assign(file.nodes[0]!, { x: MAX_COORDINATE + 1 });
    expect(validateData(file).problems.map((problem) => problem.path)).toEqual(['nodes[0].x']);
    // JSON's 1e999 parses to Infinity: refused too.
    expect(codesAndPaths(JSON.stringify(small()).replace('"kind":"catalyst"', '"kind":"catalyst","x":1e999,"y":0'))).toEqual([
      ['wrong-type', 'nodes[0].x'],
    ]);
  });
});

describe('ids JavaScript gives every object', () => {
  it('refuses each with its path and a name to use instead, in both languages', () => {
    const problems = validateText(read('builtin-ids.json'), 'builtin-ids.json').problems.filter((p) => p.code === 'reserved-id');
    expect(problems.map((problem) => problem.path)).toEqual(['nodes[1].id', 'nodes[2].id', 'nodes[3].id', 'nodes[4].id', 'nodes[5].id']);
    expect(problems[0]?.message).toBe(
      'actor id "constructor" is a name JavaScript gives every object: choose another (e.g. "constructor-1")',
    );
    expect(problemMessage(problems[4]!, 'fr')).toBe(
      'identifiant d’acteur "__proto__" est un nom que JavaScript donne à tout objet : choisissez-en un autre (par exemple "__proto__-1")',
    );
  });

  it('refuses them as alliance, source, story, kind and relation ids too, and nowhere else', () => {
    const file = small() as DataFile & Record<string, unknown>;
    file.meta.sources = [{ id: 'valueOf', title: 'S' }];
    file.meta.kinds = { toString: { fr: 'T', en: 'T' } };
    file.meta.relations = { ['__proto__']: { fr: 'P', en: 'P' } };
    file.edges[0]!.id = 'hasOwnProperty';
    file.stories = [{ id: 'isPrototypeOf', title: 'S', steps: [{ title: 's', view: '' }] }];
    file.nodes[0]!.label = 'constructor'; // a label is text like any other
    expect(codesAndPaths(JSON.stringify(file)).filter(([code]) => code === 'reserved-id')).toEqual([
      ['reserved-id', 'meta.sources[0].id'],
      ['reserved-id', 'meta.kinds.toString'],
      ['reserved-id', 'meta.relations.__proto__'],
      ['reserved-id', 'edges[0].id'],
      ['reserved-id', 'stories[0].id'],
    ]);
    expect(RESERVED_IDS.size).toBe(12);
    expect([...RESERVED_IDS].sort()).toEqual(Object.getOwnPropertyNames(Object.prototype).sort());
  });
});

describe('nesting', () => {
  it('refuses attributes nested 100,000 levels deep, where they start, without overflowing the stack', () => {
    const { file, problems } = validateText(read('deep-attributes.json'), 'deep-attributes.json');
    expect(file).toBeUndefined();
    expect(problems.map((problem) => [problem.code, problem.path, problem.line])).toEqual([['too-deep', 'nodes[0].attributes.note', 5]]);
    expect(problems[0]?.message).toContain(`at most ${MAX_NESTING} levels`);
  });

  it('accepts attributes up to the limit and refuses one level more, from text or parsed data', () => {
    // The top of the file, nodes, the node and its attributes are 4 levels.
    const nested = (levels: number): unknown => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = { a: value };
      return value;
    };
    const withDepth = (levels: number) => {
      const file = small();
      file.nodes[0]!.attributes = { note: nested(levels) };
      return file;
    };
    const fits = withDepth(MAX_NESTING - 4);
    expect(validateText(JSON.stringify(fits)).problems).toEqual([]);
    expect(validateData(fits).problems).toEqual([]);
    const over = withDepth(MAX_NESTING - 3);
    expect(codesAndPaths(JSON.stringify(over))).toEqual([['too-deep', 'nodes[0].attributes.note']]);
    expect(validateData(over).problems.map((problem) => [problem.code, problem.path])).toEqual([['too-deep', 'nodes[0].attributes.note']]);
    // Lists count as levels too, and brackets inside texts do not.
    const lists = small();
    lists.nodes[1]!.attributes = { list: JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown, text: '[[[[{{{{'.repeat(10) };
    expect(codesAndPaths(JSON.stringify(lists))).toEqual([['too-deep', 'nodes[1].attributes.list']]);
  });
});

describe('"did you mean…?"', () => {
  it('still suggests the near miss of a short id', () => {
    const file = small();
    file.edges[0]!.target = 'A';
    expect(validateData(file).problems[0]?.params.suggestion).toBe('a');
  });

  it('looks for no suggestion for 1,000-character ids', () => {
    const problems = validateText(read('long-unknown-ids.json'), 'long-unknown-ids.json').problems;
    expect(problems).toHaveLength(80);
    expect(problems.every((problem) => problem.code === 'not-actor-id' && problem.params.suggestion === undefined)).toBe(true);
    expect(closestMatch(`${'x'.repeat(999)}y`, [`${'x'.repeat(999)}z`])).toBeUndefined();
  });

  it('stops suggesting once a validation has compared its budget of candidates', () => {
    const suggest = createSuggester(5);
    const candidates = ['alpha', 'bravo', 'charlie'];
    expect(suggest('alpa', candidates)).toBe('alpha');
    expect(suggest('chrlie', candidates)).toBeUndefined(); // 3 + 3 > 5: charlie was never compared
    expect(suggest('alpa', candidates)).toBeUndefined();
    let built = 0;
    expect(
      suggest('bravo', () => {
        built++;
        return candidates;
      }),
    ).toBeUndefined();
    expect(built).toBe(0);
  });
});

describe('closestMatch', () => {
  /** Plain Levenshtein distance, the reference. */
  function levenshtein(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) {
        current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      previous = current;
    }
    return previous[b.length] ?? 0;
  }

  it('suggests a candidate exactly when its edit distance is within the limit (generated pairs)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (typo, candidate) => {
        const limit = Math.min(2, Math.floor(typo.length / 3));
        const close = typo !== candidate && levenshtein(typo.toLowerCase(), candidate.toLowerCase()) <= limit;
        expect(closestMatch(typo, [candidate])).toBe(close ? candidate : undefined);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a file with thousands of problems', () => {
  const manyNodes = (make: (i: number) => object): string =>
    JSON.stringify({ ...small(), nodes: Array.from({ length: 3000 }, (_, i) => make(i)) }, null, 1);

  it('lists the first problems of the text when asked for at most that many, and says there are more', () => {
    const text = manyNodes((i) => ({ id: `n${i}`, labl: 'x', kind: 7 }));
    const all = validateText(text, 'x.json');
    expect(all.problems).toHaveLength(9000);
    expect(all.truncated).toBeUndefined();
    const first = validateText(text, 'x.json', { maxProblems: 100 });
    expect(first.truncated).toBe(true);
    expect(first.problems).toEqual(all.problems.slice(0, 100));
  });

  it('does the same for reference problems, and lists all of them when they are no more than asked', () => {
    const text = manyNodes((i) => ({ id: `n${i}`, label: 'A', kind: `kind-${i}` }));
    const first = validateText(text, 'x.json', { maxProblems: 100 });
    expect(first.truncated).toBe(true);
    expect(first.problems.map((problem) => problem.path)).toEqual(Array.from({ length: 100 }, (_, i) => `nodes[${i}].kind`));
    expect(first.problems.every((problem) => problem.code === 'not-actor-kind' && problem.line !== undefined)).toBe(true);
    const oneProblem = small();
    oneProblem.nodes[0]!.kind = 'k';
    const exact = validateText(JSON.stringify(oneProblem), 'x.json', { maxProblems: 1 });
    expect(exact.problems).toHaveLength(1);
    expect(exact.truncated).toBeUndefined();
  });
});
