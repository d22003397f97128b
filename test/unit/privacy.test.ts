import { describe, expect, it } from 'vitest';
import { stripPrivate } from '../../src/model/privacy';
import type { DataFile } from '../../src/model/types';

const file: DataFile = {
  format: 'alliance-map/1',
  meta: { title: 'T', private: ['email', 'phone'] },
  nodes: [
    { id: 'a', label: 'A', kind: 'catalyst', attributes: { email: 'a@example.org', phone: '01 02', size: 'big' } },
    { id: 'b', label: 'B', kind: 'funder', attributes: { website: 'x' } },
  ],
  edges: [{ id: 'e', source: 'a', target: 'b', relation: 'funding', attributes: { email: 'deal@example.org', note: 'ok' } }],
};

describe('stripPrivate', () => {
  it('removes the private attributes of actors and alliances and keeps the rest', () => {
    const stripped = stripPrivate(file);
    const text = JSON.stringify(stripped);
    expect(text).not.toContain('a@example.org');
    expect(text).not.toContain('01 02');
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
    expect(JSON.stringify(stripPrivate(withField))).not.toContain('secret');
  });

  it('leaves a file without private names as it is', () => {
    const open = { ...file, meta: { title: 'T' } };
    expect(stripPrivate(open)).toBe(open);
  });

  it('does not change the file it was given', () => {
    stripPrivate(file);
    expect(file.nodes[0]?.attributes?.email).toBe('a@example.org');
  });
});
