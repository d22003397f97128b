import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const FIXTURE = 'test/fixtures/valid/provenance.json';
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npm run validate -- --provenance', () => {
  it('lists every fact with neither a quote nor a reading, with its line, then the counts; exits 0 without --strict', () => {
    const result = run('--provenance', FIXTURE);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${FIXTURE}: valid (2 actors, 1 alliance)`,
      `${FIXTURE}: nodes[1].regions[0]: no quote or reading for this fact of actor "asso" (line 49)`,
      `${FIXTURE}: nodes[1].attributes.created: no quote or reading for this fact of actor "asso" (line 78)`,
      `${FIXTURE}: provenance: 10 facts stated, 1 reading, 2 without a quote or a reading`,
    ]);
    expect(result.status).toBe(0);
  }, 60_000);

  it('fails with --strict while a fact lacks both, and passes the bundled map', () => {
    expect(run('--provenance', '--strict', FIXTURE).status).toBe(1);
    const seed = run('--provenance', '--strict', 'data/odd17-villes-au-carre.json');
    expect(seed.stdout).toMatch(/provenance: \d+ facts stated, \d+ readings, none without a quote or a reading\n$/);
    expect(seed.status).toBe(0);
  }, 60_000);

  it('says nothing of provenance without the option, and refuses --strict alone', () => {
    expect(run(FIXTURE).stdout).toBe(`${FIXTURE}: valid (2 actors, 1 alliance)\n`);
    const strictAlone = run('--strict', FIXTURE);
    expect(strictAlone.status).toBe(2);
    expect(strictAlone.stderr).toContain('validate: --strict goes with --provenance');
  }, 60_000);
});
