import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { computeAppearance } from '../../src/view/appearance';
import { sizeValue } from '../../src/view/sizeMeasures';

const graph = buildGraph(JSON.parse(readFileSync('data/odd17-villes-au-carre.json', 'utf8')) as DataFile);

describe('size measures', () => {
  it('count alliances, support received and given, partners and amounts', () => {
    const fund = 'fonds-odd17';
    const edges = graph.edges(fund).map((id) => graph.getEdgeAttributes(id));
    expect(sizeValue(graph, fund, 'alliances')).toBe(edges.length);
    expect(sizeValue(graph, fund, 'received')).toBe(edges.filter((edge) => edge.target === fund).length);
    expect(sizeValue(graph, fund, 'given')).toBe(edges.filter((edge) => edge.source === fund).length);
    expect(sizeValue(graph, fund, 'partners')).toBe(new Set(edges.map((edge) => (edge.source === fund ? edge.target : edge.source))).size);
    expect(sizeValue(graph, fund, 'amount')).toBe(20_000);
    expect(sizeValue(graph, 'ademe', 'amount')).toBe(94_000);
  });

  it('change the sizes drawn: by amount, ADEME outgrows Le RAMEAU', () => {
    const size = (measure: 'alliances' | 'amount', id: string) =>
      computeAppearance(graph, 'fr', measure).actors.find((actor) => actor.id === id)?.size ?? 0;
    expect(size('alliances', 'ademe')).toBeLessThan(size('alliances', 'le-rameau'));
    expect(size('amount', 'ademe')).toBeGreaterThan(size('amount', 'le-rameau'));
  });
});
