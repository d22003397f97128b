import { describe, expect, it } from 'vitest';
import { sdgHidingHalf } from '../../scripts/bench/datasets';
import { generateMap, groupDigits } from '../../scripts/bench/generate';
import { SCOPES } from '../../src/domain/regions';
import { MAX_COORDINATE } from '../../src/model/limits';
import { validateText } from '../../src/model/validate';

describe('synthetic map generator', () => {
  const file = generateMap({ nodes: 500, seed: 7 });

  it('writes a valid data file, marked synthetic', () => {
    const { problems } = validateText(JSON.stringify(file), 'generated.json');
    expect(problems).toEqual([]);
    expect(file.meta.title).toBe('Carte synthétique (500 acteurs)');
    expect(file.meta.description).toMatch(/générée automatiquement/);
    expect(file.meta.description).toMatch(/fictifs/);
  });

  it('gives about 3 alliances per actor, hubs, communities in regions, SDGs, support forms and dates', () => {
    expect(file.nodes).toHaveLength(500);
    expect(file.edges.length / file.nodes.length).toBeGreaterThan(2.5);
    expect(file.edges.length / file.nodes.length).toBeLessThan(3.5);
    const degree = new Map<string, number>();
    for (const edge of file.edges) {
      expect(edge.source).not.toBe(edge.target);
      for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const top = [...degree.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    for (const [id, count] of top) {
      expect(count).toBeGreaterThan(20);
      expect(['catalyst', 'funder']).toContain(file.nodes.find((node) => node.id === id)?.kind);
    }
    const codes = new Set(SCOPES.map((scope) => scope.code));
    const regions = new Set(file.nodes.flatMap((node) => node.regions ?? []));
    expect(regions.has('FR')).toBe(true);
    expect(regions.size).toBeGreaterThanOrEqual(10);
    for (const region of regions) expect(codes.has(region)).toBe(true);
    expect(new Set(file.nodes.map((node) => node.kind))).toEqual(
      new Set(['catalyst', 'funder', 'local-actor', 'network', 'public-authority']),
    );
    expect(file.edges.some((edge) => (edge.support ?? []).length > 1)).toBe(true);
    expect(file.edges.some((edge) => edge.amount !== undefined && edge.currency === 'EUR')).toBe(true);
    expect(file.edges.some((edge) => edge.start !== undefined && edge.end !== undefined)).toBe(true);
    expect(file.nodes.some((node) => (node.sdgs ?? []).length > 0)).toBe(true);
  });

  it('places every actor, with the app layout by default and cheaply on demand', () => {
    for (const node of file.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    const cheap = generateMap({ nodes: 2000, seed: 7, positions: 'community' });
    for (const node of cheap.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    const bare = generateMap({ nodes: 50, seed: 7, positions: 'none' });
    expect(bare.nodes.every((node) => node.x === undefined && node.y === undefined)).toBe(true);
  });

  it('keeps every position far within the format’s ±1,000,000, up to the bench’s 50,000 actors', () => {
    const largest = generateMap({ nodes: 50_000, seed: 1, positions: 'community' });
    for (const map of [file, largest]) {
      const extent = map.nodes.reduce((most, node) => Math.max(most, Math.abs(node.x ?? 0), Math.abs(node.y ?? 0)), 0);
      expect(extent).toBeLessThan(MAX_COORDINATE / 10);
    }
  });

  it('is seeded: same options, same file; another seed, another file', () => {
    const a = JSON.stringify(generateMap({ nodes: 300, seed: 3, positions: 'community' }));
    expect(JSON.stringify(generateMap({ nodes: 300, seed: 3, positions: 'community' }))).toBe(a);
    expect(JSON.stringify(generateMap({ nodes: 300, seed: 4, positions: 'community' }))).not.toBe(a);
  });

  it('groups digits as a French title does', () => {
    expect(groupDigits(50000)).toBe('50 000');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1234567)).toBe('1 234 567');
  });

  it('tells the bench which SDG filter keeps closest to half of the actors', () => {
    const choice = sdgHidingHalf(file);
    expect(choice).not.toBeNull();
    expect(Math.abs((choice?.share ?? 0) - 0.5)).toBeLessThan(0.15);
    const tiny = {
      nodes: [
        { id: 'a', label: 'a', kind: 'local-actor', sdgs: [1] },
        { id: 'b', label: 'b', kind: 'local-actor' },
        { id: 'c', label: 'c', kind: 'local-actor', sdgs: [2] },
      ],
      edges: [{ id: 'e', source: 'b', target: 'c', relation: 'partnership', sdgs: [2] }],
    };
    // SDG 1 keeps a (1/4), SDG 2 keeps b and c, b through its alliance (2/4).
    tiny.nodes.push({ id: 'd', label: 'd', kind: 'local-actor' });
    expect(sdgHidingHalf(tiny)).toEqual({ sdg: 2, share: 0.5 });
  });
});
