import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/model/references';
import type { ActorRecord, AllianceRecord, DataFile } from '../../src/model/types';

const TODAY = { today: new Date('2026-11-29T12:00:00Z') };

function actor(id: string, extra: Partial<ActorRecord> = {}): ActorRecord {
  return { id, label: id.toUpperCase(), kind: 'local-actor', ...extra };
}

function alliance(id: string, source: string, target: string, extra: Partial<AllianceRecord> = {}): AllianceRecord {
  return { id, source, target, relation: 'support', ...extra };
}

function file(parts: Partial<DataFile> = {}): DataFile {
  return {
    format: 'alliance-map/1',
    meta: { title: 'Test', sources: [{ id: 'seed', title: 'Seed' }] },
    nodes: [actor('a'), actor('b'), actor('c')],
    edges: [alliance('ab', 'a', 'b'), alliance('bc', 'b', 'c')],
    ...parts,
  };
}

const check = (data: DataFile) => checkReferences(data, TODAY);
const paths = (data: DataFile) => check(data).map((p) => p.path);

describe('checkReferences', () => {
  it('finds nothing wrong in a sound file, nor in the valid fixture', () => {
    expect(check(file())).toEqual([]);
    const small = JSON.parse(readFileSync(new URL('../fixtures/valid/small.json', import.meta.url), 'utf8')) as DataFile;
    expect(check(small)).toEqual([]);
  });

  it('wants actor ids unique', () => {
    expect(check(file({ nodes: [actor('a'), actor('b'), actor('c'), actor('a')] }))).toMatchObject([
      { code: 'duplicate-id', path: 'nodes[3].id', value: 'a', message: 'duplicate actor id "a" (also used by nodes[0])' },
    ]);
  });

  it('wants alliance ids unique, and different from actor ids', () => {
    expect(check(file({ edges: [alliance('ab', 'a', 'b'), alliance('ab', 'b', 'c')] }))).toMatchObject([
      { code: 'duplicate-id', path: 'edges[1].id', value: 'ab', message: 'duplicate alliance id "ab" (also used by edges[0])' },
    ]);
    expect(check(file({ edges: [alliance('c', 'a', 'b')] }))).toMatchObject([
      {
        code: 'id-shared-with-actor',
        path: 'edges[0].id',
        value: 'c',
        message: '"c" is already the id of an actor (nodes[2]); alliance ids must differ from actor ids',
      },
    ]);
  });

  it('wants both ends of an alliance to be actors, and suggests a near id', () => {
    const nodes = [actor('fonds-odd17'), actor('b')];
    expect(check(file({ nodes, edges: [alliance('e', 'fonds-odd18', 'x')] }))).toMatchObject([
      {
        code: 'not-actor-id',
        path: 'edges[0].source',
        value: 'fonds-odd18',
        message: '"fonds-odd18" is not an actor id (did you mean "fonds-odd17"?)',
      },
      { code: 'not-actor-id', path: 'edges[0].target', value: 'x', message: '"x" is not an actor id' },
    ]);
  });

  it('gives each problem a code and the params of its message, with no unset param', () => {
    const nodes = [actor('fonds-odd17'), actor('b')];
    // toStrictEqual: a param left undefined would fail.
    expect(check(file({ nodes, edges: [alliance('e', 'fonds-odd18', 'x')] }))).toStrictEqual([
      {
        path: 'edges[0].source',
        value: 'fonds-odd18',
        code: 'not-actor-id',
        params: { value: 'fonds-odd18', suggestion: 'fonds-odd17' },
        message: '"fonds-odd18" is not an actor id (did you mean "fonds-odd17"?)',
      },
      { path: 'edges[0].target', value: 'x', code: 'not-actor-id', params: { value: 'x' }, message: '"x" is not an actor id' },
    ]);
    const edges = [alliance('ab', 'a', 'b', { start: '2022', end: '2020' })];
    expect(check(file({ edges }))[0]).toMatchObject({ code: 'end-before-start', params: { start: '2022', end: '2020' } });
  });

  it('accepts built-in kinds and those of meta.kinds only', () => {
    const nodes = [actor('a', { kind: 'catalyst' }), actor('b', { kind: 'funder' }), actor('c', { kind: 'network' })];
    expect(paths(file({ nodes }))).toEqual(['nodes[2].kind']);
    expect(check(file({ nodes }))[0]?.message).toBe(
      '"network" is not an actor kind (expected one of: catalyst, funder, local-actor; declare new kinds in meta.kinds)',
    );
    expect(check(file({ nodes, meta: { title: 'T', kinds: { network: { fr: 'Réseau', en: 'Network' } } } }))).toEqual([]);
    expect(check(file({ nodes: [actor('a', { kind: 'Funder' }), actor('b'), actor('c')] }))[0]?.message).toContain(
      '(did you mean "funder"?)',
    );
  });

  it('accepts built-in relations and those of meta.relations only', () => {
    const edges = [alliance('ab', 'a', 'b', { relation: 'mentoring' }), alliance('bc', 'b', 'c', { relation: 'award' })];
    expect(check(file({ edges }))).toMatchObject([
      {
        code: 'not-relation',
        path: 'edges[0].relation',
        value: 'mentoring',
        message:
          '"mentoring" is not a relation (expected one of: funding, support, membership, founding, partnership, animation, introduction, contract, award, label; declare new relations in meta.relations)',
      },
    ]);
    expect(check(file({ edges, meta: { title: 'T', relations: { mentoring: { fr: 'Parrainage', en: 'Mentoring' } } } }))).toEqual([]);
  });

  it('accepts the region codes of src/domain and FR only', () => {
    const nodes = [
      actor('a', { regions: ['24', 'FR', '04', '94'] }),
      actor('b', { regions: ['99', '971'] }),
      actor('c', { regions: ['05'] }),
    ];
    expect(paths(file({ nodes }))).toEqual(['nodes[1].regions[0]', 'nodes[1].regions[1]', 'nodes[2].regions[0]']);
    expect(check(file({ nodes }))[0]?.message).toMatch(
      /^"99" is not a region code \(expected an INSEE region code: 01, 02, .*, 94, or FR for national scope\)$/,
    );
  });

  it('wants sources to refer to documents of meta.sources, and ids there unique', () => {
    const nodes = [
      actor('a', {
        sources: [
          { doc: 'seed', quote: 'q' },
          { doc: 'sed', quote: 'q' },
        ],
      }),
      actor('b'),
      actor('c'),
    ];
    expect(check(file({ nodes }))).toMatchObject([
      {
        code: 'not-source-id',
        path: 'nodes[0].sources[1].doc',
        value: 'sed',
        message: '"sed" is not a source id of meta.sources (declared: seed) (did you mean "seed"?)',
      },
    ]);
    const edges = [alliance('ab', 'a', 'b', { sources: [{ doc: 'seed', quote: 'q' }] })];
    expect(check(file({ edges, meta: { title: 'T' } }))[0]?.message).toBe(
      '"seed" is not a source id of meta.sources (meta.sources declares no documents)',
    );
    const meta = {
      title: 'T',
      sources: [
        { id: 'seed', title: 'A' },
        { id: 'seed', title: 'B' },
      ],
    };
    expect(check(file({ meta }))).toMatchObject([
      {
        code: 'duplicate-id',
        path: 'meta.sources[1].id',
        value: 'seed',
        message: 'duplicate source id "seed" (also used by meta.sources[0])',
      },
    ]);
  });

  it('wants the fields a source supports to be fields or attributes of the element', () => {
    const sources = [{ doc: 'seed', quote: 'q', fields: ['founded', 'staff', 'members.count', 'fonded'] }];
    const nodes = [actor('a', { founded: '2007', members: { count: 3 }, attributes: { staff: 4 }, sources }), actor('b'), actor('c')];
    expect(check(file({ nodes }))).toMatchObject([
      {
        code: 'not-element-field',
        path: 'nodes[0].sources[0].fields[3]',
        value: 'fonded',
        message: '"fonded" is not a field of this actor (did you mean "founded"?)',
      },
    ]);
    const edges = [alliance('ab', 'a', 'b', { sources: [{ doc: 'seed', quote: 'q', fields: ['amount'] }] })];
    expect(check(file({ edges }))[0]?.message).toBe('"amount" is not a field of this alliance');
  });

  it('wants story ids unique and story focus on an actor', () => {
    const stories = [
      {
        id: 's',
        title: 'S',
        steps: [
          { title: '1', view: 'sdg=17&focus=a' },
          { title: '2', view: '?focus=z&depth=1' },
        ],
      },
      { id: 's', title: 'T', steps: [{ title: '1', view: '' }] },
    ];
    expect(check(file({ stories }))).toMatchObject([
      { code: 'duplicate-id', path: 'stories[1].id', value: 's', message: 'duplicate story id "s" (also used by stories[0])' },
      { code: 'focus-not-actor', path: 'stories[0].steps[1].view', value: '?focus=z&depth=1', message: 'focus "z" is not an actor id' },
    ]);
  });

  it('wants an alliance to start before it ends, a year meaning the whole year', () => {
    const periods: [string, string, boolean][] = [
      ['2021-05', '2022-06', true],
      ['2021', '2021-03', true],
      ['2021-03', '2021', true],
      ['2021-06', '2021-06', true],
      ['2021-07', '2021-06', false],
      ['2022', '2021-12', false],
      ['2022-01', '2021', false],
    ];
    for (const [start, end, ok] of periods) {
      const problems = check(file({ edges: [alliance('ab', 'a', 'b', { start, end })] }));
      expect(problems, `${start} → ${end}`).toMatchObject(
        ok ? [] : [{ code: 'end-before-start', path: 'edges[0].end', value: end, message: `end "${end}" is before start "${start}"` }],
      );
    }
  });

  it('wants dates that can be true', () => {
    const nodes = [actor('a', { founded: '2021-02-30' }), actor('b', { founded: '0207' }), actor('c', { founded: '2026-12' })];
    const edges = [alliance('ab', 'a', 'b', { start: '1750', end: '2060' }), alliance('bc', 'b', 'c', { start: '2020', end: '2040' })];
    expect(check(file({ nodes, edges, meta: { title: 'T', updated: '2026-02-29' } }))).toMatchObject([
      { code: 'not-real-date', path: 'meta.updated', value: '2026-02-29', message: 'updated "2026-02-29" is not a real date' },
      { code: 'not-real-date', path: 'nodes[0].founded', value: '2021-02-30', message: 'founded "2021-02-30" is not a real date' },
      {
        code: 'implausible-year',
        path: 'nodes[1].founded',
        value: '0207',
        message: 'founded "0207" is not a plausible year (expected 1000 to 2026)',
      },
      { code: 'future-date', path: 'nodes[2].founded', value: '2026-12', message: 'founded "2026-12" is in the future' },
      {
        code: 'implausible-year',
        path: 'edges[0].start',
        value: '1750',
        message: 'start "1750" is not a plausible year (expected 1800 to 2046)',
      },
      {
        code: 'implausible-year',
        path: 'edges[0].end',
        value: '2060',
        message: 'end "2060" is not a plausible year (expected 1800 to 2046)',
      },
    ]);
    expect(check(file({ nodes: [actor('a', { founded: '2024-02-29' }), actor('b', { founded: '2026-11-29' }), actor('c')] }))).toEqual([]);
  });

  it('reports every problem at once', () => {
    const nodes = [actor('a', { kind: 'x', regions: ['99'] }), actor('a')];
    const edges = [alliance('e', 'a', 'nobody', { relation: 'y', start: '2022', end: '2020' })];
    expect(paths(file({ nodes, edges }))).toEqual([
      'nodes[1].id',
      'nodes[0].kind',
      'nodes[0].regions[0]',
      'edges[0].target',
      'edges[0].relation',
      'edges[0].end',
    ]);
  });
});
