import { mkdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// End-to-end tests run the built app (dist/) in Debian's Chromium, served under a sub-folder by a
// plain static server, as a user's static host would.
// E2E_PORT / E2E_DIST let two checkouts' runs share a machine without sharing a server.
export const APP_PORT = Number(process.env.E2E_PORT ?? 4310);
export const APP_PATH = '/published/alliance-map/';
export const HOST_PORT = APP_PORT + 1;
const APP_DIST = process.env.E2E_DIST ?? 'dist';
// Files the tests download (exports) are saved here and served back under /downloads/.
export const DOWNLOADS_DIR = '.tmp/e2e-downloads';
mkdirSync(DOWNLOADS_DIR, { recursive: true });
// Large generated maps (e2e/large.spec.ts writes them) are served under /generated/.
export const E2E_DATA_DIR = '.tmp/e2e-data';
mkdirSync(E2E_DATA_DIR, { recursive: true });
// Publish builds made by the tests (e2e/security-publish.spec.ts) are served under /publish/.
export const E2E_PUBLISH_DIR = '.tmp/e2e-publish';
mkdirSync(E2E_PUBLISH_DIR, { recursive: true });

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // /moved/ redirects to the fixtures on the other origin: data whose final URL is another site's.
      command: `node e2e/static-server.mjs ${APP_PORT} ${APP_PATH}=${APP_DIST} /fixtures/=test/fixtures /downloads/=${DOWNLOADS_DIR} /generated/=${E2E_DATA_DIR} /publish/=${E2E_PUBLISH_DIR} '/moved/=>http://127.0.0.1:${HOST_PORT}/fixtures/'`,
      url: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    // Another origin (another port) for host pages that embed the map in an iframe, and for data
    // files from another site (/fixtures/; /back/ redirects to the app's own fixtures).
    {
      command: `node e2e/static-server.mjs ${HOST_PORT} /fixtures/=test/fixtures '/back/=>http://127.0.0.1:${APP_PORT}/fixtures/' /=e2e/host`,
      url: `http://127.0.0.1:${HOST_PORT}/embed-host.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
