import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import packageJson from './package.json' with { type: 'json' };

// The single-file map (issue 6): the same React app, built from viewer.html (index.html plus an
// empty JSON data block) into ONE self-contained file, dist/alliance-map-viewer.html, that the
// app fills with a data file and a view at export time. It opens from file:// with no network and
// no worker; scripts/build-viewer-csp.ts then adds its Content-Security-Policy by hash.
// Run after the main build (npm run build): it must not wipe dist/.

/**
 * No worker in the single-file map: a worker needs a file of its own (which a single file lacks,
 * and file:// and its policy forbid). Every exported actor has a position, so the layout only
 * places them (no force run); for a file without positions it runs on the main thread, like small
 * maps. A data file opened from the disk is validated on the main thread too (src/load/validateBlob.ts).
 */
const WORKER_STARTERS = [
  { file: '/src/layout/supervisor.ts', worker: 'layout.worker.ts', name: 'layout' },
  { file: '/src/load/validateBlob.ts', worker: 'load.worker.ts', name: 'load' },
  { file: '/src/insight/runMeasures.ts', worker: 'measures.worker.ts', name: 'measures' },
];

function noWorkers(): Plugin {
  const workerCheck = "typeof Worker !== 'undefined'";
  return {
    name: 'alliance-map-viewer-no-workers',
    enforce: 'pre',
    transform(code, id) {
      const starter = WORKER_STARTERS.find(({ file }) => id.replace(/\\/g, '/').endsWith(file));
      if (!starter) return null;
      const workerCall = `new Worker(new URL('./${starter.worker}', import.meta.url), { type: 'module' })`;
      if (!code.includes(workerCall) || !code.includes(workerCheck)) {
        this.error(`vite.viewer.config.ts: ${starter.file.slice(1)} changed; update the noWorkers plugin`);
      }
      return code
        .replace(workerCall, `(() => { throw new Error('no ${starter.name} worker in the single-file map'); })()`)
        .replace(workerCheck, 'false');
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), noWorkers(), viteSingleFile({ outputFileName: 'alliance-map-viewer.html' })],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    rollupOptions: { input: 'viewer.html' },
  },
});
