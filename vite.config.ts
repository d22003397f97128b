import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appCspPlugin } from './scripts/vite-app-csp';
import { bundledDataPlugin } from './scripts/vite-bundled-data';
import { bundleReportPlugin } from './scripts/vite-bundle-report';
import packageJson from './package.json' with { type: 'json' };

// base './' keeps every asset path relative, so dist/ works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), bundledDataPlugin(), appCspPlugin(), bundleReportPlugin()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
});
