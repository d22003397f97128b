// The JavaScript the first frame needs (`jsKB` in the bench JSON) and what it is made of: the
// chunks the built index.html names in its module script and modulepreload tags, gzipped -9 each
// (KB = 1,024 bytes), and their modules from bundle-report.json (scripts/vite-bundle-report.ts).
// `npx tsx scripts/bench/bundle.ts [DIR]` prints the treemap of a build made with
// ALLIANCE_MAP_BUNDLE_REPORT=1 (the bench's own build, .tmp/bench/app, by default).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_REPORT_FILE, type BundleReport } from '../vite-bundle-report';

export interface FirstFrameChunk {
  file: string;
  gzipKB: number;
  /** Modules by their estimated part of the chunk's gzip size, largest first; empty without a bundle report. */
  modules: { id: string; gzipKB: number }[];
}

export interface FirstFrameBundle {
  jsKB: number;
  chunks: FirstFrameChunk[];
}

const KB = 1024;

/** The script and modulepreload files of a built index.html, in their order. */
export function firstFrameFiles(indexHtml: string): string[] {
  const files: string[] = [];
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url) files.push(url.replace(/^\.?\//, ''));
  }
  return files;
}

/** The files under `dir` gzipped -9 each, in KB. */
export function gzipKBOf(dir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / KB, 0);
}

export function firstFrameBundle(appDir: string): FirstFrameBundle {
  const files = firstFrameFiles(readFileSync(join(appDir, 'index.html'), 'utf8'));
  const reportPath = join(appDir, BUNDLE_REPORT_FILE);
  const report: BundleReport = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as BundleReport) : { chunks: [] };
  const chunks = files.map((file): FirstFrameChunk => {
    const modules = report.chunks.find((chunk) => chunk.fileName === file)?.modules ?? [];
    const gzipKB = gzipKBOf(appDir, [file]);
    // Modules are reported as rendered, before minification: their share of the chunk, gzipped
    // alone, stands for their part of its minified size.
    const alone = modules.reduce((sum, module) => sum + module.gzipBytes, 0);
    return {
      file,
      gzipKB,
      modules: modules
        .map((module) => ({ id: module.id, gzipKB: alone > 0 ? (gzipKB * module.gzipBytes) / alone : 0 }))
        .sort((a, b) => b.gzipKB - a.gzipKB),
    };
  });
  return { jsKB: chunks.reduce((sum, chunk) => sum + chunk.gzipKB, 0), chunks };
}

/** node_modules/PACKAGE/... (or @scope/package) as the package, src/FOLDER/... as the folder. */
function groupOf(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inPackage) return inPackage[1] ?? id;
  const parts = id.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : id;
}

/**
 * The treemap as text: each first-frame chunk, the packages and source folders in it and their
 * largest modules, by their estimated part of the chunk's gzip size.
 */
export function formatTreemap(bundle: FirstFrameBundle, modulesPerGroup = 3): string {
  const kb = (value: number) => `${value.toFixed(1)} KB`;
  const lines = [`First-frame JavaScript (gzip -9): ${kb(bundle.jsKB)} in ${bundle.chunks.length} files`];
  for (const chunk of [...bundle.chunks].sort((a, b) => b.gzipKB - a.gzipKB)) {
    lines.push(`  ${chunk.file}  ${kb(chunk.gzipKB)}`);
    const groups = new Map<string, { id: string; gzipKB: number }[]>();
    for (const module of chunk.modules) {
      const group = groupOf(module.id);
      groups.set(group, [...(groups.get(group) ?? []), module]);
    }
    const total = (modules: { gzipKB: number }[]) => modules.reduce((sum, module) => sum + module.gzipKB, 0);
    for (const [group, modules] of [...groups].sort((a, b) => total(b[1]) - total(a[1]))) {
      if (total(modules) < 0.5) continue;
      lines.push(`    ${group}  ${kb(total(modules))} (${modules.length} modules)`);
      if (modules.length > 1)
        for (const module of modules.slice(0, modulesPerGroup)) lines.push(`      ${module.id}  ${kb(module.gzipKB)}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('bundle.ts')) {
  process.stdout.write(`${formatTreemap(firstFrameBundle(process.argv[2] ?? '.tmp/bench/app'))}\n`);
}
