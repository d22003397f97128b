// npm run build [-- --data FILE] [--out DIR]
// Builds the static app into dist/ (or DIR) (relative paths: it works from any folder of any static host)
// and the single-file viewer. With --data FILE, the build opens FILE by default and ships only
// that dataset, stripped of every attribute its meta.private names (a publish build).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stripPrivate } from '../src/model/privacy';
import { formatProblem, validateText } from '../src/model/validate';
import { readCommandLine } from './cli';

const PUBLISH_DIR = '.tmp/publish';

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(2);
}

function publishEnv(dataPath: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(dataPath, 'utf8');
  } catch {
    fail(`cannot read the data file "${dataPath}"`);
  }
  const { file, problems } = validateText(text, dataPath);
  if (!file || problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(dataPath, problem));
    fail(`"${dataPath}" is not a valid data file: fix it first (npm run validate -- ${dataPath})`);
  }
  const name = basename(dataPath).replace(/[^\w.-]+/g, '-');
  mkdirSync(PUBLISH_DIR, { recursive: true });
  const published = join(PUBLISH_DIR, name);
  writeFileSync(published, `${JSON.stringify(stripPrivate(file), null, 2)}\n`);
  const withheld = file.meta.private ?? [];
  console.log(`build: publishing ${dataPath} as data/${name}${withheld.length ? ` without ${withheld.join(', ')}` : ''}`);
  return { ALLIANCE_MAP_DATA_FILE: published, VITE_DEFAULT_DATA: `data/${name}` };
}

function run(command: string, args: string[], env: Record<string, string>): void {
  // A production build whatever the caller's NODE_ENV (a test runner sets it to "test", which
  // would bundle React's development build).
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const USAGE = 'usage: npm run build [-- --data FILE] [--out DIR]';

function readArgs(argv: string[]): { data?: string; outDir: string } | string {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, out: { type: 'string' } }, strict: true });
  for (const [name, value] of Object.entries(values)) if (value === '') return `--${name} needs a value`;
  return { data: values.data, outDir: values.out ?? 'dist' };
}

const commandLine = readCommandLine('build', USAGE, process.argv.slice(2), readArgs);
if ('exitCode' in commandLine) process.exit(commandLine.exitCode);
const { data, outDir } = commandLine.args;
const env = data === undefined ? {} : publishEnv(data);

run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], env);
run('npx', ['vite', 'build', '-c', 'vite.viewer.config.ts', '--outDir', outDir], env);
run('npx', ['tsx', 'scripts/build-viewer-csp.ts', join(outDir, 'alliance-map-viewer.html')], env);
