import { describe, expect, it } from 'vitest';
import { formatTable, type BenchResult, type BenchRun, type Details } from '../../scripts/bench/report';

function run(dataset: string, reference: BenchRun['reference']): BenchRun {
  return {
    dataset,
    n: 22,
    renderer: 'cytoscape',
    firstFrameMs: 480,
    filterMs: 40,
    filterWorkMs: 11,
    frameP50Ms: 9,
    frameP95Ms: 30,
    longestTaskMs: null,
    longestNonDrawingMs: null,
    heapMB: 9.7,
    jsLoadedKB: 324,
    reference,
  };
}

function table(runs: BenchRun[]): string {
  const result: BenchResult = {
    version: '0',
    date: '2026-12-07',
    machine: { cpu: 'cpu', cores: 2, memoryGB: 8, chromium: 'Chromium', webgl: null, loadAverage: 1 },
    jsKB: 180,
    firstFrameChunks: [],
    runs,
  };
  const details = new Map<string, Details>(
    runs.map((entry) => [
      entry.dataset,
      { runs: 3, edges: 26, sdg: null, sdgShare: null, frameIntervalP95Ms: null, layoutMs: null, layoutFinished: null },
    ]),
  );
  return formatTable(result, details);
}

describe('the bench table', () => {
  it('shows, beside bare Cytoscape, the same map drawn with the app’s look and its ratio to bare', () => {
    const text = table([run('seed', { name: 'bare Cytoscape', firstFrameMs: 160, frameP95Ms: 11, lookFirstFrameMs: 290 })]);
    const seedRow = text.split('\n').find((line) => line.startsWith('| seed'));
    expect(seedRow).toContain('| 480 | 160 | 3.00× |');
    expect(seedRow).toContain("bare Cytoscape, 3 runs; with the app's look 290 ms (1.81×) |");
  });

  it('says nothing of a look when the run has none (its page failed, older JSON)', () => {
    const text = table([
      run('synthetic-10000', { name: 'bare sigma.js + graphology', firstFrameMs: 900, frameP95Ms: 20, lookFirstFrameMs: null }),
      run('old', { name: 'bare Cytoscape', firstFrameMs: 160, frameP95Ms: 11 }),
    ]);
    expect(text).not.toContain("app's look");
  });
});
