import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstFrameBundle, firstFrameFiles, formatTreemap } from '../../scripts/bench/bundle';

const INDEX = `<!doctype html><html><head>
<link rel="icon" href="data:," />
<script type="module" crossorigin src="./assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="./assets/react-B.js">
<link rel="stylesheet" crossorigin href="./assets/index-C.css">
<link rel="prefetch" href="./assets/later-D.js">
</head><body><div id="root"></div></body></html>`;

describe('the first frame’s JavaScript, as the bench counts it', () => {
  it('names the module script and the modulepreload files of index.html, not styles, icons or prefetches', () => {
    expect(firstFrameFiles(INDEX)).toEqual(['assets/index-A.js', 'assets/react-B.js']);
  });

  it('sums those files gzipped -9 one by one, in KB of 1,024 bytes, and splits them into their modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
    mkdirSync(join(dir, 'assets'));
    const index = 'export const a = 1;'.repeat(400);
    const react = Array.from({ length: 3000 }, (_, i) => `var v${i} = ${(i * 7919) % 1000};`).join('\n');
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets/index-A.js'), index);
    writeFileSync(join(dir, 'assets/react-B.js'), react);
    writeFileSync(join(dir, 'assets/index-C.css'), 'body{}'.repeat(10_000));
    writeFileSync(join(dir, 'assets/later-D.js'), react);
    writeFileSync(
      join(dir, 'bundle-report.json'),
      JSON.stringify({
        chunks: [
          {
            fileName: 'assets/react-B.js',
            modules: [
              { id: 'node_modules/react-dom/client.js', bytes: 30_000, gzipBytes: 3000 },
              { id: 'src/main.tsx', bytes: 10_000, gzipBytes: 1000 },
            ],
          },
        ],
      }),
    );
    const gzipKB = (text: string) => gzipSync(text, { level: 9 }).length / 1024;
    const bundle = firstFrameBundle(dir);
    expect(bundle.jsKB).toBeCloseTo(gzipKB(index) + gzipKB(react), 6);
    const reactChunk = bundle.chunks.find((chunk) => chunk.file === 'assets/react-B.js');
    expect(reactChunk?.modules.map((module) => module.id)).toEqual(['node_modules/react-dom/client.js', 'src/main.tsx']);
    expect(reactChunk?.modules[0]?.gzipKB).toBeCloseTo(0.75 * gzipKB(react), 6);
    expect(formatTreemap(bundle)).toContain('react-dom');
  });
});
