import { describe, expect, it } from 'vitest';
import { factsOf, factStanding, provenanceOf, provenanceSummary } from '../../src/model/provenance';
import type { ActorRecord, AllianceRecord, DataFile, SourceRef } from '../../src/model/types';

const quote = (text: string, fields?: string[]): SourceRef => ({ doc: 'seed', quote: text, ...(fields ? { fields } : {}) });
const reading = (reason: string, fields?: string[], text?: string): SourceRef => ({
  reason,
  ...(text ? { doc: 'seed', quote: text } : {}),
  ...(fields ? { fields } : {}),
});

const actor: ActorRecord = {
  id: 'vac',
  label: 'Villes au Carré',
  labels: { en: 'Villes au Carré' },
  kind: 'catalyst',
  category: 'association',
  regions: ['24'],
  sdgs: [11, 13, 17],
  description: 'Not a fact: the author’s prose.',
  url: 'https://example.org',
  x: 1,
  y: 2,
  members: { count: 23 },
  attributes: { vision: 'Fortifier la coopération', created: '2008' },
  sources: [
    quote("L'association Villes au Carré", ['label', 'category']),
    quote("dans la lignée de l'Objectif de Développement Durable 17", ['sdgs.17']),
    reading('« transition écologique » lu comme ODD 13', ['sdgs.13'], 'transition écologique'),
    reading('« politique de la ville » lu comme ODD 11', ['sdgs.11']),
    quote('Fortifier la coopération', ['vision']),
    quote('23 adhérents', ['members.count']),
    reading('recentrée sur la région', ['regions', 'kind']),
    quote('catalyseur territorial', ['kind']),
  ],
};

describe('provenanceOf', () => {
  it('says a fact is stated when a quote supports it, even beside a reading', () => {
    const kind = provenanceOf(actor.sources, 'kind');
    expect(kind.standing).toBe('stated');
    expect(kind.stated.map((ref) => ref.quote)).toEqual(['catalyseur territorial']);
    expect(kind.readings.map((ref) => ref.reason)).toEqual(['recentrée sur la région']);
  });

  it('says a fact supported only by readings is a reading, and one supported by nothing is neither', () => {
    expect(provenanceOf(actor.sources, 'regions').standing).toBe('reading');
    expect(provenanceOf(actor.sources, 'founded').standing).toBe('none');
  });

  it('tells the items of a list apart: sdgs.13 is not sdgs.17', () => {
    expect(provenanceOf(actor.sources, 'sdgs', 17).standing).toBe('stated');
    expect(provenanceOf(actor.sources, 'sdgs', 13).standing).toBe('reading');
    expect(provenanceOf(actor.sources, 'sdgs', 13).readings[0]?.quote).toBe('transition écologique');
    expect(provenanceOf(actor.sources, 'sdgs', 10).standing).toBe('none');
    // A citation of the whole list supports every item.
    expect(provenanceOf([quote('x', ['sdgs'])], 'sdgs', 10).standing).toBe('stated');
  });

  it('reads an attribute by its bare key, a part of a field, and a citation without fields as the whole element', () => {
    expect(provenanceOf(actor.sources, 'attributes.vision').standing).toBe('stated');
    expect(provenanceOf(actor.sources, 'attributes.created').standing).toBe('none');
    expect(provenanceOf(actor.sources, 'members').standing).toBe('stated');
    expect(provenanceOf([quote('all of it')], 'category').standing).toBe('stated');
    expect(provenanceOf([reading('all of it, as I read it')], 'sdgs', 3).standing).toBe('reading');
  });
});

describe('factsOf and factStanding', () => {
  it('lists the facts of the format, never the id, position, prose, link or translations', () => {
    expect(factsOf(actor).map((fact) => fact.field)).toEqual([
      'label',
      'kind',
      'category',
      'regions',
      'sdgs',
      'members',
      'attributes.vision',
      'attributes.created',
    ]);
    const alliance: AllianceRecord = {
      id: 'e',
      source: 'a',
      target: 'b',
      relation: 'funding',
      support: [],
      amount: 20000,
      currency: 'EUR',
      start: '2021',
    };
    expect(factsOf(alliance)).toEqual([{ field: 'relation' }, { field: 'amount' }, { field: 'start' }]);
  });

  it('gives a list the standing of its weakest item', () => {
    const sdgs = factsOf(actor).find((fact) => fact.field === 'sdgs');
    expect(sdgs && factStanding(actor, sdgs)).toBe('reading');
    const stated = { ...actor, sdgs: [17] };
    expect(factStanding(stated, { field: 'sdgs', items: [17] })).toBe('stated');
    expect(factStanding({ ...actor, sdgs: [10, 17] }, { field: 'sdgs', items: [10, 17] })).toBe('none');
  });
});

describe('provenanceSummary', () => {
  it('counts stated facts and readings item by item, and lists every gap with its place in the file', () => {
    const file: DataFile = {
      format: 'alliance-map/1',
      meta: { title: 'T', sources: [{ id: 'seed', title: 'S' }] },
      nodes: [{ ...actor, sdgs: [10, 11, 13, 17] }],
      edges: [{ id: 'e', source: 'vac', target: 'vac', relation: 'support', support: ['data'], sources: [quote('q', ['relation'])] }],
    };
    const summary = provenanceSummary(file);
    expect(summary.gaps).toEqual([
      { path: 'nodes[0].sdgs[0]', field: 'sdgs.10', element: 'actor', id: 'vac' },
      { path: 'nodes[0].attributes.created', field: 'attributes.created', element: 'actor', id: 'vac' },
      { path: 'edges[0].support[0]', field: 'support.data', element: 'alliance', id: 'e' },
    ]);
    // label, kind, category, members, vision, sdgs.17 and the relation are stated; regions, sdgs.11 and sdgs.13 are readings.
    expect(summary.stated).toBe(7);
    expect(summary.readings).toBe(3);
  });
});
