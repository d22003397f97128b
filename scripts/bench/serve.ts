// Builds what the benchmark serves and serves it: the app (`vite build` into .tmp/bench/app, so a
// bench never races the dist/ of the end-to-end tests), the bare reference pages (vite's build API
// into .tmp/bench/reference) and the data files, with the same static server as the e2e tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'vite';

export const APP_OUT = '.tmp/bench/app';
export const REFERENCE_OUT = '.tmp/bench/reference';
const REFERENCE_ROOT = 'scripts/bench/reference';

export function buildApp(log: (line: string) => void): void {
  log(`building the app (vite build → ${APP_OUT})…`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', APP_OUT, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, ALLIANCE_MAP_BUNDLE_REPORT: '1' }, // bundle-report.json, for the treemap
  });
  if (result.status !== 0) throw new Error(`bench: vite build failed (exit ${String(result.status)})`);
}

export async function buildReference(log: (line: string) => void): Promise<void> {
  log(`building the bare reference pages (→ ${REFERENCE_OUT})…`);
  await build({
    configFile: false,
    root: resolve(REFERENCE_ROOT),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: resolve(REFERENCE_OUT),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: {
          cytoscape: resolve(REFERENCE_ROOT, 'cytoscape.html'),
          sigma: resolve(REFERENCE_ROOT, 'sigma.html'),
          'cytoscape-app': resolve(REFERENCE_ROOT, 'cytoscape-app.html'),
          'sigma-app': resolve(REFERENCE_ROOT, 'sigma-app.html'),
        },
      },
    },
  });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface Served {
  origin: string;
  stop(): void;
}

/** Serves /app/, /ref/ and /data/ (the bench folder) on a free port. */
export async function serve(dataDir: string): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'node',
    ['e2e/static-server.mjs', String(port), `/app/=${APP_OUT}`, `/ref/=${REFERENCE_OUT}`, `/data/=${dataDir}`],
    {
      stdio: ['ignore', 'pipe', 2],
    },
  );
  await new Promise<void>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`bench: the static server stopped (exit ${String(code)})`)));
    child.stdout?.once('data', () => done());
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
