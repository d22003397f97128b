import { defineConfig } from '@playwright/test';

// End-to-end tests run the built app (dist/) in Debian's Chromium, served under a sub-folder by a
// plain static server, as a user's static host would.
export const APP_PORT = 4310;
export const APP_PATH = '/published/alliance-map/';

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
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  webServer: {
    command: `node e2e/static-server.mjs ${APP_PORT} ${APP_PATH}=dist /fixtures/=test/fixtures`,
    url: `http://127.0.0.1:${APP_PORT}${APP_PATH}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
