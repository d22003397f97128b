import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripPrivate } from '../../src/model/privacy';
import { findPrivateLeaks } from '../../src/model/privateValues';
import type { DataFile } from '../../src/model/types';
import { validateText } from '../../src/model/validate';
import { PRIVATE_NESTED, PRIVATE_NESTED_SECRETS } from './helpers/privateFixture';

const file: DataFile = {
  format: 'alliance-map/1',
  meta: { title: 'T', private: ['email', 'phone'] },
  nodes: [
    { id: 'a', label: 'A', kind: 'catalyst', attributes: { email: 'a@example.org', phone: '01 02', size: 'big' } },
    { id: 'b', label: 'B', kind: 'funder', attributes: { website: 'x' } },
  ],
  edges: [{ id: 'e', source: 'a', target: 'b', relation: 'funding', attributes: { email: 'deal@example.org', note: 'ok' } }],
};

const NESTED = PRIVATE_NESTED;
const nested = JSON.parse(readFileSync(NESTED, 'utf8')) as DataFile;
const SECRETS = PRIVATE_NESTED_SECRETS;

describe('stripPrivate', () => {
  it('removes the private attributes of actors and alliances and keeps the rest', () => {
    const stripped = stripPrivate(file).file;
    const text = JSON.stringify(stripped);
    expect(text).not.toContain('a@example.org');
    expect(text).not.toContain('deal@example.org');
    expect(stripped.nodes[0]?.attributes).toEqual({ size: 'big' });
    expect(stripped.nodes[1]?.attributes).toEqual({ website: 'x' });
    expect(stripped.edges[0]?.attributes).toEqual({ note: 'ok' });
    expect(stripped.meta.private).toEqual(['email', 'phone']);
  });

  it('removes a private name used as a field too', () => {
    const withField = {
      ...file,
      meta: { ...file.meta, private: ['description'] },
      nodes: [{ id: 'a', label: 'A', kind: 'catalyst', description: 'secret' }],
    };
    expect(JSON.stringify(stripPrivate(withField).file)).not.toContain('secret');
  });

  it('removes private names at every depth, in lists, whatever their case', () => {
    const { file: stripped } = stripPrivate(nested);
    const text = JSON.stringify(stripped);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const attributes = stripped.nodes[0]?.attributes;
    expect(attributes?.contact).toEqual({ name: 'Accueil' });
    expect(attributes?.list).toEqual([{ role: 'présidence' }, { role: 'trésorerie' }]);
    expect(attributes?.['public-note']).toBe('visible');
  });

  it('keeps "__proto__" a plain key, never a prototype', () => {
    const odd = JSON.parse(
      '{"format":"alliance-map/1","meta":{"title":"T","private":["email"]},"nodes":[{"id":"a","label":"A","kind":"catalyst","attributes":{"__proto__":{"email":"x@example.org","polluted":true}}}],"edges":[]}',
    ) as DataFile;
    const attributes = stripPrivate(odd).file.nodes[0]?.attributes ?? {};
    expect(Object.keys(attributes)).toEqual(['__proto__']);
    expect((attributes as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(attributes)).toBe('{"__proto__":{"polluted":true}}');
  });

  it('drops citation fields that name removed fields, and a citation whose fields are all withheld', () => {
    const { file: stripped, dropped } = stripPrivate(nested);
    const sources = stripped.nodes[0]?.sources ?? [];
    // ["founded", "contact.email"] keeps "founded"; ["Email", "phone"] goes with its quote.
    expect(sources.map((ref) => ref.fields)).toEqual([['founded'], undefined]);
    expect(JSON.stringify(stripped)).not.toContain('Écrire à');
    expect(dropped).toContainEqual({ path: 'nodes[0].sources[1]', reason: 'fields' });
  });

  it('drops a quote that holds a removed value, and says which field', () => {
    const { file: stripped, dropped } = stripPrivate(nested);
    expect(JSON.stringify(stripped)).not.toContain('joignable au');
    expect(dropped).toContainEqual({ path: 'edges[0].sources[0]', reason: 'quote', field: 'nodes[0].attributes.Phone' });
    // An alliance left with no citation has no "sources" at all.
    expect(stripped.edges[0]?.sources).toBeUndefined();
  });

  it('gives a file that validates', () => {
    expect(validateText(JSON.stringify(nested), NESTED).problems).toEqual([]);
    expect(validateText(JSON.stringify(stripPrivate(nested).file), NESTED).problems).toEqual([]);
  });

  it('leaves a file without private names as it is', () => {
    const open = { ...file, meta: { title: 'T' } };
    expect(stripPrivate(open).file).toBe(open);
  });

  it('does not change the file it was given', () => {
    stripPrivate(file);
    expect(file.nodes[0]?.attributes?.email).toBe('a@example.org');
  });
});

describe('findPrivateLeaks', () => {
  it('finds a removed value left in another text, without case, and names both places', () => {
    const { file: stripped, values } = stripPrivate(nested);
    expect(findPrivateLeaks(stripped, values)).toEqual([]);
    const leaky = structuredClone(stripped);
    leaky.nodes[1]!.description = 'Écrire à NESTED-secret-5120@example.org';
    leaky.stories = [{ id: 's', title: 'S', steps: [{ title: 'Un', view: '', notes: 'list-secret-0606' }] }];
    expect(findPrivateLeaks(leaky, values)).toEqual([
      { path: 'nodes[1].description', field: 'nodes[0].attributes.contact.email' },
      { path: 'stories[0].steps[0].notes', field: 'nodes[0].attributes.list[0].phone' },
    ]);
  });

  it('does not read meta.private, which holds names, not values', () => {
    expect(findPrivateLeaks({ meta: { private: ['email'] } }, [{ path: 'x', text: 'email', lower: 'email' }])).toEqual([]);
  });
});
