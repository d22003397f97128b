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
 * No layout worker in the single-file map: a worker needs a file of its own (which a single file
 * lacks, and file:// forbids). Every exported actor has a position, so the layout only places
 * them (no force run); for a file without positions it runs on the main thread, like small maps.
 */
function noLayoutWorker(): Plugin {
  const workerCall = /new Worker\(new URL\('\.\/layout\.worker\.ts', import\.meta\.url\), \{ type: 'module' \}\)/;
  const workerCheck = "typeof Worker !== 'undefined'";
  return {
    name: 'alliance-map-viewer-no-layout-worker',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/layout/supervisor.ts')) return null;
      if (!workerCall.test(code) || !code.includes(workerCheck)) {
        this.error('vite.viewer.config.ts: src/layout/supervisor.ts changed; update the noLayoutWorker plugin');
      }
      return code
        .replace(workerCall, "(() => { throw new Error('no layout worker in the single-file map'); })()")
        .replace(workerCheck, 'false');
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), noLayoutWorker(), viteSingleFile({ outputFileName: 'alliance-map-viewer.html' })],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    rollupOptions: { input: 'viewer.html' },
  },
});
