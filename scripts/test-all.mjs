// The one test command (README, .ci/run): type check, lint, format check, interface keys, unit tests, production build,
// end-to-end tests in headless Chromium against that build, a smoke test in Firefox ESR
// (e2e/firefox-smoke.ts); then one closing line
// "N passed, N failed" that adds up every suite (single checks count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];

function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function check(name, command, args) {
  const ok = run(name, command, args);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${name}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

function suite(name, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const ok = run(name, command, args);
  if (!existsSync(reportFile)) {
    failed += 1;
    summary.push(`${name}: FAILED (no report)`);
    return;
  }
  const { pass, fail } = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  passed += pass;
  failed += fail;
  if (!ok && fail === 0) failed += 1; // the runner failed outside any test
  summary.push(`${name}: ${pass} passed, ${fail} failed`);
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
check('i18n keys', 'npx', ['tsx', 'scripts/check-i18n.ts']);
suite(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/vitest.json'],
  '.tmp/vitest.json',
  (report) => ({
    pass: report.numPassedTests,
    fail: report.numFailedTests,
  }),
);
const built = check('build', 'npm', ['run', 'build']);
if (built) {
  suite('e2e', 'npx', ['playwright', 'test'], '.tmp/playwright.json', (report) => ({
    pass: report.stats.expected + report.stats.flaky,
    fail: report.stats.unexpected,
  }));
  suite('firefox', 'npx', ['tsx', 'e2e/firefox-smoke.ts'], '.tmp/firefox.json', (report) => ({
    pass: report.passed,
    fail: report.failed,
  }));
} else {
  failed += 1;
  summary.push('e2e: not run (build failed)');
  summary.push('firefox: not run (build failed)');
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
