import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledDataPlugin } from './scripts/vite-bundled-data';

// base './' keeps every asset path relative, so dist/ works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), bundledDataPlugin()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
});
