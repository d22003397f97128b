import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What `bundle-report.json` holds: each JavaScript chunk and the modules rendered into it. */
export interface BundleReport {
  chunks: {
    fileName: string;
    modules: { id: string; bytes: number; gzipBytes: number }[];
  }[];
}

export const BUNDLE_REPORT_FILE = 'bundle-report.json';

/** The module's path from the project root, or its package for code under node_modules. */
function moduleName(id: string): string {
  const path = relative(process.cwd(), id.replace(/^\0/, '').replace(/\?.*$/, ''));
  return path.replace(/\\/g, '/');
}

/**
 * With ALLIANCE_MAP_BUNDLE_REPORT=1 (set by the bench's build, scripts/bench/serve.ts), writes
 * bundle-report.json beside index.html: every chunk's modules with their rendered size and their
 * size gzipped on their own (gzip -9). scripts/bench/bundle.ts turns it into the treemap.
 */
export function bundleReportPlugin(): Plugin {
  return {
    name: 'alliance-map-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (process.env.ALLIANCE_MAP_BUNDLE_REPORT !== '1') return;
      const report: BundleReport = { chunks: [] };
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = Object.entries(output.modules)
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id, module]) => ({
            id: moduleName(id),
            bytes: module.renderedLength,
            gzipBytes: gzipSync(module.code ?? '', { level: 9 }).length,
          }));
        report.chunks.push({ fileName: output.fileName, modules });
      }
      this.emitFile({ type: 'asset', fileName: BUNDLE_REPORT_FILE, source: JSON.stringify(report) });
    },
  };
}
