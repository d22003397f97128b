import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/model/references';
import { PROBLEM_CODES, makeProblem, problemMessage, renderProblem } from '../../src/model/messages';
import type { ProblemCode } from '../../src/model/messages';
import type { Problem } from '../../src/model/types';
import { DEFINITION_CODES, jsonSyntaxProblem, validateData, validateText } from '../../src/model/validate';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const INVALID = 'test/fixtures/invalid/';
const fixtures = readdirSync(new URL(INVALID, root)).filter((name) => name.endsWith('.json') && name !== 'expected.json');
const problemsOf = (name: string): Problem[] => validateText(read(INVALID + name), name).problems;

/** Problems no fixture has, made the way users make them. */
const extraFiles: unknown[] = [
  {
    format: 'alliance-map/1',
    meta: {
      title: ' ',
      lang: 'FR!',
      updated: '2026-13-01',
      sources: [{ id: '', title: 'x', url: 'ftp://x' }],
      kinds: { k: { fr: 'K', en: 'K', de: 'K' } },
      private: ['a', 'a'],
    },
    nodes: [{ id: 'a', label: 'A', kind: 'funder', regions: ['2A'], members: { count: -1 }, founded: '20x', attributes: 3 }],
    edges: [{ id: 'e', source: 'a', target: 'a', relation: 'support', support: ['Data'], currency: 'eur', sdgs: [true] }],
    stories: [{ id: 's', title: 'S', steps: [] }],
  },
  {
    format: 'alliance-map/1',
    meta: { title: 'T', updated: '2026-02-29', sources: [{ id: 'doc', title: 'D' }] },
    nodes: [
      { id: 'a', label: 'A', kind: 'funder', founded: '2999-12', sources: [{ doc: 'dc', quote: 'q', fields: ['lable'] }] },
      { id: 'b', label: 'B', kind: 'funder' },
    ],
    edges: [{ id: 'a', source: 'a', target: 'bb', relation: 'fundng', start: '1700' }],
  },
];
const extraTexts = ['', '<!doctype html>', '{"a":1 "b":2}', "{'a':1}"];

const HOSTILE = 'test/fixtures/hostile/';
const hostileFixtures = readdirSync(new URL(HOSTILE, root)).filter((name) => name.endsWith('.json'));

const allProblems: Problem[] = [
  ...fixtures.flatMap(problemsOf),
  ...hostileFixtures.flatMap((name) => validateText(read(HOSTILE + name), name).problems),
  ...extraFiles.flatMap((data) => validateData(data).problems),
  ...extraTexts.flatMap((text) => validateText(text, 'x.json').problems),
  // A founding date later this year: in the future, yet a plausible year.
  ...checkReferences(
    { format: 'alliance-map/1', meta: { title: 'T' }, nodes: [{ id: 'a', label: 'A', kind: 'funder', founded: '2026-12' }], edges: [] },
    { today: new Date('2026-11-29T12:00:00Z') },
  ),
];

/** Codes the current schema cannot produce (kept for other schemas and ajv keywords). */
const UNREACHABLE: readonly ProblemCode[] = ['not-allowed-value', 'bad-form', 'no-allowed-form', 'schema-rule'];

describe('problem codes and messages', () => {
  it('gives every problem of every invalid fixture a known code, params, and messages in French and English', () => {
    for (const name of fixtures) {
      const problems = problemsOf(name);
      expect(problems.length, name).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(PROBLEM_CODES, `${name}: ${problem.message}`).toContain(problem.code);
        expect(typeof problem.params).toBe('object');
        for (const lang of ['fr', 'en'] as const) {
          const message = problemMessage(problem, lang);
          expect(message.trim(), `${name} ${lang}`).not.toBe('');
          expect(message, `${name} ${lang}`).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object Object\]/);
        }
      }
    }
  });

  it('words in English exactly the message of the command line, and says it otherwise in French', () => {
    for (const problem of allProblems) {
      expect(problemMessage(problem, 'en')).toBe(problem.message);
      expect(problemMessage(problem, 'fr'), problem.message).not.toBe(problem.message);
    }
  });

  it('keeps params plain JSON, without unset values', () => {
    for (const problem of allProblems) {
      expect(JSON.parse(JSON.stringify(problem.params))).toStrictEqual(problem.params);
      // A problem sent through JSON (a worker, a log) still reads the same.
      const copy = JSON.parse(JSON.stringify(problem)) as Problem;
      expect(problemMessage(copy, 'fr')).toBe(problemMessage(problem, 'fr'));
    }
  });

  it('reaches every code but those the schema cannot produce', () => {
    const seen = new Set(allProblems.map((problem) => problem.code));
    expect(PROBLEM_CODES.filter((code) => !seen.has(code) && !UNREACHABLE.includes(code))).toEqual([]);
  });

  it('words the codes the schema cannot produce, too', () => {
    const samples = [
      makeProblem('not-allowed-value', { value: '"x"', allowed: ['a', 'b'], suggestion: 'a' }, 'p'),
      makeProblem('bad-form', { value: '"x"', pattern: '^[a-z]+$' }, 'p'),
      makeProblem('bad-form', { value: '"x"', title: 'thing' }, 'p'),
      makeProblem('no-allowed-form', {}, 'p'),
      makeProblem('schema-rule', { keyword: 'multipleOf', detail: 'must be multiple of 2' }, 'p'),
    ];
    expect(samples.map((problem) => problem.message)).toEqual([
      '"x" is not one of the allowed values (expected one of: a, b) (did you mean "a"?)',
      '"x" does not have the expected form (^[a-z]+$)',
      '"x" is not a valid thing',
      'does not match any of the allowed forms',
      'must be multiple of 2',
    ]);
    expect(samples.map((problem) => problemMessage(problem, 'fr'))).toEqual([
      '"x" n’est pas une valeur autorisée (valeurs possibles : a, b) (vouliez-vous dire "a" ?)',
      '"x" n’a pas la forme attendue (^[a-z]+$)',
      '"x" n’a pas la forme attendue (thing)',
      'ne correspond à aucune des formes autorisées',
      'ne respecte pas la règle "multipleOf" du format',
    ]);
  });

  it('keeps the English message of a problem whose code it does not know', () => {
    const old = { code: 'gone' as ProblemCode, params: {}, message: 'something is wrong' };
    expect(problemMessage(old, 'fr')).toBe('something is wrong');
  });
});

describe('French messages', () => {
  const fr = (name: string): string[] => problemsOf(name).map((problem) => problemMessage(problem, 'fr'));

  it.each([
    [
      'unknown-support-form.json',
      [
        '"funding" n’est pas une forme de soutien (valeurs possibles : data, tools-resources, networks, engineering, governance-dialogue, direct-funding, visibility)',
      ],
    ],
    ['missing-node-label.json', ['champ obligatoire manquant : "label"']],
    ['unknown-field-typo.json', ['champ inconnu "supports" (vouliez-vous dire "support" ?)']],
    ['sdg-18.json', ['doit être un entier de 1 à 17 (trouvé : 18)']],
    ['negative-amount.json', ['doit être un nombre positif ou nul (trouvé : -5000)']],
    ['sdgs-not-a-list.json', ['doit être une liste [ … ], pas le texte "17"']],
    ['wrong-format.json', ['doit être "alliance-map/1" (trouvé : "alliance-map/2")']],
    [
      'javascript-url.json',
      ['"javascript:alert(1)" n’est pas une adresse web valide (elle doit commencer par http:// ou https:// et ne contenir aucun espace)'],
    ],
    ['bad-month.json', ['"2021-13" n’est pas une année ou un mois valide (AAAA ou AAAA-MM, par exemple 2021 ou 2021-05)']],
    ['bad-currency.json', ['"euros" n’est pas un code de devise valide (3 lettres majuscules, par exemple EUR)']],
    ['empty-id.json', ['ne doit pas être vide', 'ne doit pas être vide']],
    ['duplicate-edge-id.json', ['identifiant d’alliance "b-a-financement" en double (déjà utilisé par edges[0])']],
    ['end-before-start.json', ['la date de fin "2021" est antérieure à la date de début "2022-06"']],
    ['unreal-founding-date.json', ['la date de création "2021-02-30" n’existe pas dans le calendrier']],
    [
      'undeclared-kind.json',
      [
        '"network" n’est pas un type d’acteur (valeurs possibles : catalyst, funder, local-actor ; déclarez les nouveaux types dans meta.kinds)',
      ],
    ],
    ['source-field-typo.json', ['"fonded" n’est pas un champ de cet acteur (vouliez-vous dire "founded" ?)']],
    ['story-unknown-focus.json', ['le focus "catalyseur-z" n’est pas l’identifiant d’un acteur (vouliez-vous dire "catalyseur-a" ?)']],
    [
      'syntax-missing-comma.json',
      ['JSON invalide à la colonne 7 : une virgule ou } est attendue après la valeur (manque-t-il une virgule juste avant ?)'],
    ],
    [
      'syntax-trailing-comma.json',
      [
        'JSON invalide à la colonne 5 : un nom de champ entre guillemets doubles est attendu (le JSON n’accepte pas de virgule juste avant } ou ])',
      ],
    ],
  ])('%s', (name, wanted) => {
    expect(fr(name)).toEqual(wanted);
  });

  it('suggests a near actor id, in French too', () => {
    const problem = makeProblem('not-actor-id', { value: 'fonds-odd18', suggestion: 'fonds-odd17' }, 'edges[0].source', 'fonds-odd18');
    expect(problemMessage(problem, 'fr')).toBe('"fonds-odd18" n’est pas l’identifiant d’un acteur (vouliez-vous dire "fonds-odd17" ?)');
  });

  it('uses French typography: a space before : ; ? and no straight apostrophe', () => {
    for (const problem of allProblems) {
      const message = problemMessage(problem, 'fr');
      // Values of the file, in straight double quotes, are as the file has them.
      const words = message.replace(/"[^"]*"/g, '""');
      expect(words, message).not.toMatch(/\S[:;?](?!\/\/)/);
      expect(words, message).not.toContain("'");
    }
  });

  it('names the file, or says "ce fichier" when it has no name', () => {
    expect(problemMessage(validateText('', 'x.json').problems[0] as Problem, 'fr')).toBe(
      'le fichier « x.json » est vide (un fichier de données JSON est attendu)',
    );
    expect(problemMessage(validateText('<html>').problems[0] as Problem, 'fr')).toBe(
      'ce fichier n’est pas du JSON : il ressemble à une page web (HTML) ; vérifiez l’adresse ou le fichier',
    );
  });

  it.each([
    [
      'Chromium',
      "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)",
      'une virgule ou } est attendue après la valeur',
    ],
    [
      'Firefox',
      "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data",
      'une virgule ou } est attendue après la valeur',
    ],
    ['old V8', 'Unexpected string in JSON at position 13', 'texte inattendu'],
    ['Safari', "JSON Parse error: Expected '}'", '« } » attendu'],
    [
      'V8, end of text',
      'Unexpected end of JSON input',
      'le fichier s’arrête trop tôt (manque-t-il une accolade } ou un crochet ] à la fin ?)',
    ],
  ])('translates the reason of a %s syntax error', (_engine, raw, reason) => {
    const problem = jsonSyntaxProblem('{\n  "a": 1\n  "b": 2\n}', new SyntaxError(raw));
    expect(problemMessage(problem, 'fr')).toMatch(
      new RegExp(`^JSON invalide(?: à la colonne \\d+)? : ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it('keeps a reason it does not know as the engine gave it', () => {
    const problem = jsonSyntaxProblem('{', new SyntaxError('Something odd'));
    expect(problem.params).toMatchObject({ reason: 'Something odd' });
    expect(problemMessage(problem, 'fr')).toMatch(/^JSON invalide.* : Something odd$/);
  });
});

describe('the schema and the catalogues', () => {
  const schema = JSON.parse(read('data/schema/alliance-map-1.schema.json')) as { definitions: Record<string, Record<string, unknown>> };

  it('gives its own code to every titled definition with a form, a list of values or a range', () => {
    const definitions = Object.entries(schema.definitions)
      .filter(([, definition]) => typeof definition.title === 'string')
      .filter(
        ([, definition]) =>
          (typeof definition.pattern === 'string' && definition.pattern !== '\\S') ||
          'enum' in definition ||
          'minimum' in definition ||
          'maximum' in definition,
      )
      .map(([name]) => name);
    expect(definitions.sort()).toEqual(Object.keys(DEFINITION_CODES).sort());
  });

  it('says in English what the schema title says', () => {
    for (const [name, code] of Object.entries(DEFINITION_CODES)) {
      const title = String(schema.definitions[name]?.title);
      if (code === 'sdg-range') continue; // worded by its range: "an integer from 1 to 17"
      const params =
        code === 'bad-date' ? { value: '"x"', form: name } : code === 'not-support-form' ? { value: '"x"', allowed: [] } : { value: '"x"' };
      expect(renderProblem(code, params as never, 'en'), name).toContain(title);
    }
  });
});
