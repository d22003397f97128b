// npm run build [-- --data FILE] [--data-from same-origin|ORIGIN,...] [--out DIR]
// Builds the static app into dist/ (or DIR) (relative paths: it works from any folder of any static host)
// and the single-file viewer. With --data FILE, the build opens FILE by default and ships only
// that dataset, stripped of every attribute its meta.private names (a publish build,
// scripts/publish-data.ts), and fails if a private value is left anywhere under DIR.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataFrom } from '../src/load/dataOrigin';
import { readCommandLine } from './cli';
import { privateValuesUnder, publishData, PublishError, type PublishedData } from './publish-data';

const PUBLISH_DIR = '.tmp/publish';

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(2);
}

function publish(dataPath: string): PublishedData {
  try {
    return publishData(dataPath, PUBLISH_DIR);
  } catch (error) {
    if (error instanceof PublishError) fail(error.lines);
    throw error;
  }
}

function run(command: string, args: string[], env: Record<string, string>): void {
  // A production build whatever the caller's NODE_ENV (a test runner sets it to "test", which
  // would bundle React's development build).
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const USAGE = 'usage: npm run build [-- --data FILE] [--data-from same-origin|ORIGIN,...] [--out DIR]';

function readArgs(argv: string[]): { data?: string; dataFrom: string[] | null; outDir: string } | string {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, 'data-from': { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  for (const [name, value] of Object.entries(values)) if (value === '') return `--${name} needs a value`;
  const dataFrom = values['data-from'] === undefined ? null : parseDataFrom(values['data-from']);
  if (typeof dataFrom === 'string') return dataFrom;
  return { data: values.data, dataFrom, outDir: values.out ?? 'dist' };
}

const commandLine = readCommandLine('build', USAGE, process.argv.slice(2), readArgs);
if ('exitCode' in commandLine) process.exit(commandLine.exitCode);
const { data, dataFrom, outDir } = commandLine.args;
const published = data === undefined ? null : publish(data);
const env: Record<string, string> = published
  ? { ALLIANCE_MAP_DATA_FILE: published.path, VITE_DEFAULT_DATA: `data/${published.name}` }
  : {};
// Opt-in: data= limited to the app's own origin and these (read by src/config.ts and the policy
// of index.html, scripts/vite-app-csp.ts); without --data-from, any origin.
env.VITE_DATA_FROM = '';
if (dataFrom !== null) {
  env.VITE_DATA_FROM = ['same-origin', ...dataFrom].join(' ');
  console.log(`build: data= restricted to the app's own origin${dataFrom.length > 0 ? ` and ${dataFrom.join(', ')}` : ''}`);
}

run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], env);
run('npx', ['vite', 'build', '-c', 'vite.viewer.config.ts', '--outDir', outDir], env);
run('npx', ['tsx', 'scripts/build-viewer-csp.ts', join(outDir, 'alliance-map-viewer.html')], env);
// Nothing that meta.private withholds may be anywhere under the output folder.
const leaks = published ? privateValuesUnder(outDir, published.values) : [];
if (leaks.length > 0) {
  rmSync(outDir, { recursive: true, force: true });
  fail([...leaks.map((leak) => `build: ${leak}`), `build: ${outDir} removed: it held private values`]);
}
