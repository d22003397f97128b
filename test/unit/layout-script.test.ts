import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allianceDataFile } from '../../src/layout/testGraphs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function layout(...args: string[]) {
  return spawnSync(tsx, [join(root, 'scripts', 'layout.ts'), ...args], { encoding: 'utf8', cwd: root });
}

describe('npm run layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layout-script-'));

  it('writes rounded positions into nodes without one, keeps the rest and the key order', () => {
    const file = allianceDataFile();
    file.nodes[0] = { ...file.nodes[0]!, x: 12.345, y: -7 };
    file.nodes[1] = { ...file.nodes[1]!, sources: [{ doc: 'seed', quote: 'q' }] };
    file.meta.sources = [{ id: 'seed', title: 'Seed' }];
    const input = join(dir, 'in.json');
    const output = join(dir, 'out.json');
    writeFileSync(input, JSON.stringify(file));
    const result = layout(input, '--seed', '3', '--out', output);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^layout: 28 nodes \(27 placed, 1 kept\), 41 edges, seed 3, \d+ ms/);

    const text = readFileSync(output, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "nodes": [\n    {\n      "id"');
    const written = JSON.parse(text) as typeof file;
    expect(written.nodes[0]).toEqual(file.nodes[0]); // preset kept exactly, not rounded
    expect(Object.keys(written.nodes[1]!)).toEqual(['id', 'label', 'kind', 'x', 'y', 'sources']);
    for (const node of written.nodes.slice(1)) {
      expect(Number.isFinite(node.x)).toBe(true);
      expect(Math.round(node.x! * 10) / 10).toBe(node.x);
      expect(Math.round(node.y! * 10) / 10).toBe(node.y);
    }
    expect({ ...written, nodes: [] }).toEqual({ ...file, nodes: [] });
    expect(readFileSync(input, 'utf8')).toBe(JSON.stringify(file)); // --out leaves the input alone

    // Same seed, same file.
    const again = join(dir, 'again.json');
    layout(input, '--seed', '3', '--out', again);
    expect(readFileSync(again, 'utf8')).toBe(text);
  }, 30_000);

  it('refuses a file with problems and a bad option, writing nothing', () => {
    const input = join(dir, 'bad.json');
    writeFileSync(input, '{"format": "alliance-map/1", "nodes": []');
    const bad = layout(input);
    expect(bad.status).toBe(1);
    expect(readFileSync(input, 'utf8')).toBe('{"format": "alliance-map/1", "nodes": []');
    const usage = layout(input, '--seed', 'abc');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--seed must be an integer');
  }, 30_000);
});
