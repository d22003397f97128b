// How the bench starts Debian's Chromium: the flags of the e2e tests (shared/toolchain.md), plus
// precise memory figures for performance.memory.
export const CHROMIUM_ARGS_LIST = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--enable-precise-memory-info',
];
