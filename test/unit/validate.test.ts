import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RELATIONS, SCOPES, SUPPORT_FORMS } from '../../src/domain';
import { pathToPointer, pointerToPath } from '../../src/model/problemPath';
import type { Problem } from '../../src/model/types';
import { formatProblem, jsonSyntaxProblem, validateData, validateText } from '../../src/model/validate';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const INVALID = 'test/fixtures/invalid/';
const VALID = 'test/fixtures/valid/small.json';

interface Expected {
  path: string;
  /** A fragment of the message. */
  message: string;
  line?: number;
}
const expected = JSON.parse(read(`${INVALID}expected.json`)) as Record<string, Expected[]>;
const invalidFixtures = readdirSync(new URL(INVALID, root)).filter((name) => name.endsWith('.json') && name !== 'expected.json');

describe('validateText on the fixtures', () => {
  it('has at least 12 invalid fixtures, each listed in expected.json', () => {
    expect(invalidFixtures.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(expected).sort()).toEqual([...invalidFixtures].sort());
  });

  it.each(invalidFixtures)('%s: reports the expected problems', (name) => {
    const { file, problems } = validateText(read(INVALID + name), name);
    expect(file).toBeUndefined();
    const wanted = expected[name] ?? [];
    expect(problems.map((p) => p.path)).toEqual(wanted.map((e) => e.path));
    wanted.forEach((e, index) => {
      const problem = problems[index] as Problem;
      expect(problem.message).toContain(e.message);
      if (e.line !== undefined) expect(problem.line).toBe(e.line);
    });
  });

  it('accepts the valid fixture', () => {
    const { file, problems } = validateText(read(VALID), 'small.json');
    expect(problems).toEqual([]);
    expect(file?.nodes).toHaveLength(6);
    expect(file?.edges).toHaveLength(6);
  });

  it('reports every problem of a file at once, in the order of the text, each with a line', () => {
    const { problems } = validateText(read(`${INVALID}several-structure-problems.json`));
    expect(problems).toHaveLength(7);
    const lines = problems.map((p) => p.line ?? 0);
    expect(lines.every((line) => line > 0)).toBe(true);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('gives the value of each problem', () => {
    const { problems } = validateText(read(`${INVALID}unknown-support-form.json`));
    expect(problems[0]?.value).toBe('funding');
  });
});

describe('line numbers', () => {
  const text = [
    '{',
    '  "format": "alliance-map/1",',
    '  "meta": { "title": "T" },',
    '  "nodes": [',
    '    { "id": "a", "label": "A", "kind": "catalyst", "sdgs": [18] }',
    '  ],',
    '  "edges": [',
    '    {',
    '      "id": "e", "source": "a", "target": "a", "relation": "support",',
    '      "supports": ["data"]',
    '    }',
    '  ]',
    '}',
  ].join('\n');

  it('points at the value, and at the key of an unknown field', () => {
    const { problems } = validateText(text);
    expect(problems).toMatchObject([
      { code: 'sdg-range', path: 'nodes[0].sdgs[0]', value: 18, message: 'must be an integer from 1 to 17 (found 18)', line: 5 },
      {
        code: 'unknown-field',
        path: 'edges[0].supports',
        value: ['data'],
        message: 'unknown field "supports" (did you mean "support"?)',
        line: 10,
      },
    ]);
  });

  it('locates reference problems too', () => {
    const { problems } = validateText(
      text.replace('"target": "a"', '"target": "b"').replace('[18]', '[17]').replace('"supports"', '"support"'),
    );
    expect(problems).toMatchObject([
      { code: 'not-actor-id', path: 'edges[0].target', value: 'b', message: '"b" is not an actor id', line: 9 },
    ]);
  });

  it('ignores a byte order mark', () => {
    expect(validateText(`\uFEFF${read(VALID)}`).problems).toEqual([]);
  });
});

describe('JSON syntax errors', () => {
  const text = '{\n  "a": 1\n  "b": 2\n}';

  it('turns the message of this engine into one problem with its line', () => {
    const { problems } = validateText(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '', line: 3 });
    expect(problems[0]?.message).toMatch(/^not valid JSON, at column 3: .*\(is a comma missing before it\?\)$/);
  });

  it.each([
    ['Node 20', "Expected ',' or '}' after property value in JSON at position 13"],
    ['Chromium', "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)"],
    ['Firefox', "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data"],
    ['old V8', 'Unexpected string in JSON at position 13'],
    ['Safari', "JSON Parse error: Expected '}'"],
  ])('reads the position from a %s message', (_engine, message) => {
    const problem = jsonSyntaxProblem(text, new SyntaxError(message));
    expect(problem.line).toBe(3);
    expect(problem.message).toMatch(/^not valid JSON, at column 3: /);
    expect(problem.message).not.toMatch(/position|JSON\.parse|JSON Parse error|of the JSON data/);
  });

  it('finds the position itself when the message has none', () => {
    const problem = jsonSyntaxProblem('[1,\n2,\n]', new SyntaxError('Unexpected token \']\', "[1,\n2,\n]" is not valid JSON'));
    expect(problem).toEqual({
      code: 'json-syntax',
      params: { reason: "Unexpected token ']'", column: 1, hint: 'comma-before-closing' },
      path: '',
      line: 3,
      message: "not valid JSON, at column 1: Unexpected token ']' (JSON allows no comma before a closing } or ])",
    });
  });

  it('reports a truncated file at its end', () => {
    expect(validateText('{\n  "format": "alliance-map/1",\n').problems[0]?.line).toBe(3);
  });

  it('says so when the file is empty or is a web page', () => {
    expect(validateText('  \n', 'x.json').problems).toMatchObject([
      { code: 'empty-file', path: '', message: '"x.json" is empty (expected a JSON data file)' },
    ]);
    expect(validateText('<!doctype html><html></html>', 'x.json').problems[0]).toMatchObject({
      code: 'html-file',
      params: { file: 'x.json' },
      line: 1,
    });
    expect(validateText('<!doctype html><html></html>', 'x.json').problems[0]?.message).toContain('looks like a web page (HTML)');
    expect(validateText('')).toMatchObject({
      problems: [{ code: 'empty-file', params: {}, message: 'the file is empty (expected a JSON data file)' }],
    });
  });
});

describe('validateData', () => {
  it('checks structure, then references, without lines', () => {
    expect(validateData({ format: 'alliance-map/1' }).problems).toEqual([
      {
        code: 'missing-field',
        params: { fields: ['meta', 'nodes', 'edges'] },
        path: '',
        message: 'missing required fields "meta", "nodes", "edges"',
      },
    ]);
    const data = {
      format: 'alliance-map/1',
      meta: { title: 'T' },
      nodes: [],
      edges: [{ id: 'e', source: 'a', target: 'b', relation: 'support' }],
    };
    expect(validateData(data).problems.map((p) => p.path)).toEqual(['edges[0].source', 'edges[0].target']);
  });

  it('collapses several failures of one value into one problem', () => {
    const data = {
      format: 'alliance-map/1',
      meta: { title: 'T' },
      nodes: [{ id: 'a', label: 'A', kind: 'funder', sdgs: ['17'] }],
      edges: [],
    };
    expect(validateData(data).problems).toMatchObject([
      { code: 'wrong-type', path: 'nodes[0].sdgs[0]', value: '17', message: 'must be an integer from 1 to 17, not the text "17"' },
    ]);
  });

  it('reports duplicates in a list once, at the repeated item', () => {
    const data = {
      format: 'alliance-map/1',
      meta: { title: 'T' },
      nodes: [{ id: 'a', label: 'A', kind: 'funder', sdgs: [17, 4, 17] }],
      edges: [],
    };
    expect(validateData(data).problems).toMatchObject([
      { code: 'duplicate-item', path: 'nodes[0].sdgs[2]', value: 17, message: '17 is already in this list' },
    ]);
  });

  it('writes odd keys of paths in brackets', () => {
    const data = {
      format: 'alliance-map/1',
      meta: { title: 'T', kinds: { 'my kind': { fr: 'x', en: 'y', de: 'z' } } },
      nodes: [],
      edges: [],
    };
    expect(validateData(data).problems).toMatchObject([
      { code: 'unknown-field', path: 'meta.kinds["my kind"].de', value: 'z', message: 'unknown field "de" (allowed fields: fr, en)' },
    ]);
  });
});

describe('problem paths', () => {
  it('converts JSON pointers to paths and back', () => {
    const data = { edges: [{ support: ['x'] }], meta: { kinds: { 'a/b~c': {}, '3': {} } } };
    const cases: [string, string][] = [
      ['/edges/3/support/0', 'edges[3].support[0]'],
      ['/meta/kinds/a~1b~0c', 'meta.kinds["a/b~c"]'],
      ['', ''],
    ];
    for (const [pointer, path] of cases) {
      expect(pointerToPath(pointer, { edges: [1, 2, 3, { support: [0] }], meta: data.meta })).toBe(path);
      expect(pathToPointer(path)).toBe(pointer);
    }
    expect(pointerToPath('/meta/kinds/3', data)).toBe('meta.kinds["3"]');
    expect(pathToPointer('edges[')).toBeUndefined();
  });
});

describe('formatProblem', () => {
  it('writes FILE: PATH: message (line N)', () => {
    expect(formatProblem('data/x.json', { path: 'edges[3].support[0]', message: '"funding" is not a support form', line: 12 })).toBe(
      'data/x.json: edges[3].support[0]: "funding" is not a support form (line 12)',
    );
    expect(formatProblem('x.json', { path: '', message: 'not valid JSON', line: 2 })).toBe('x.json: not valid JSON (line 2)');
    expect(formatProblem('x.json', { path: 'meta', message: 'missing required field "title"' })).toBe(
      'x.json: meta: missing required field "title"',
    );
  });
});

describe('the datasets of data/', () => {
  const datasets = readdirSync(new URL('data/', root)).filter((name) => name.endsWith('.json'));

  it('are all valid', () => {
    for (const name of datasets) {
      const { problems } = validateText(read(`data/${name}`), `data/${name}`);
      expect(problems.map((p) => formatProblem(`data/${name}`, p))).toEqual([]);
    }
  });
});

describe('docs/data-format.md', () => {
  it('documents every support form, relation and region code', () => {
    const doc = read('docs/data-format.md');
    for (const form of SUPPORT_FORMS) expect(doc).toContain(`| \`${form.code}\` | ${form.fr} | ${form.en} |`);
    for (const relation of BUILT_IN_RELATIONS) expect(doc).toContain(`\`${relation}\``);
    for (const scope of SCOPES) expect(doc).toContain(`| \`${scope.code}\` |`);
  });
});

describe('npm run validate (scripts/validate.ts)', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('prints a summary and exits 0 for a valid file', () => {
    const result = run(VALID);
    expect(result.stdout).toBe(`${VALID}: valid (6 actors, 6 alliances)\n`);
    expect(result.status).toBe(0);
  }, 60_000);

  it('prints every problem then a summary and exits 1 when a file is invalid', () => {
    const invalid = `${INVALID}several-reference-problems.json`;
    const result = run(VALID, invalid);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${VALID}: valid (6 actors, 6 alliances)`);
    expect(lines.slice(1, 6).every((line) => line.startsWith(`${invalid}: `))).toBe(true);
    expect(lines[2]).toBe(`${invalid}: nodes[2].id: duplicate actor id "fonds-b" (also used by nodes[1]) (line 36)`);
    expect(lines[6]).toBe(`${invalid}: invalid (5 problems)`);
    expect(lines).toHaveLength(7);
    expect(result.status).toBe(1);
  }, 60_000);

  it('exits 2 with a clear message on a usage error', () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: npm run validate -- FILE...');
    const missing = run('test/fixtures/does-not-exist.json', VALID);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('test/fixtures/does-not-exist.json: cannot read the file (no such file)');
    expect(missing.stdout).toContain(`${VALID}: valid`);
  }, 60_000);
});
