import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/files-under';

const OUT = '.tmp/publish-test/dist';
const SECRETS = ['contact-secret-4821@example.org', '+33 1 99 48 21 00', 'mecenat-secret-7730@example.org', '+33 1 99 77 30 00'];

/** A publish build of `data` that must fail before writing anything. */
function build(data: string) {
  return spawnSync('npx', ['tsx', 'scripts/build.ts', '--data', data, '--out', '.tmp/publish-test/never'], { encoding: 'utf8' });
}

describe('a publish build (npm run build -- --data FILE)', () => {
  it('opens the given file by default and ships none of its private attributes', () => {
    rmSync(OUT, { recursive: true, force: true });
    const result = spawnSync('npx', ['tsx', 'scripts/build.ts', '--data', 'test/fixtures/publish/private-contacts.json', '--out', OUT], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const files = filesUnder(OUT);
    expect(files).toContain(join(OUT, 'data', 'private-contacts.json'));
    expect(existsSync(join(OUT, 'data', 'odd17-villes-au-carre.json'))).toBe(false);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    const published = readFileSync(join(OUT, 'data', 'private-contacts.json'), 'utf8');
    expect(published).toContain('public-note');
    // The app opens the published file by default.
    const bundle = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(file, 'utf8'));
    expect(bundle.some((text) => text.includes('data/private-contacts.json'))).toBe(true);
  }, 240_000);

  it('refuses an invalid data file and says why', () => {
    const result = build('test/fixtures/invalid/unknown-support-form.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"funding" is not a support form');
    expect(existsSync('.tmp/publish-test/never')).toBe(false);
  }, 60_000); // starting tsx takes seconds on a loaded machine

  it('refuses a file whose private value is copied into another text, and says where', () => {
    const result = build('test/fixtures/security/private-leak.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('nodes[1].description holds the value of the private field nodes[0].attributes.email');
    expect(result.stderr).not.toContain('leak-secret-3344');
    expect(existsSync('.tmp/publish-test/never')).toBe(false);
  }, 60_000);

  it('refuses a file whose published copy would not be valid', () => {
    const result = build('test/fixtures/security/private-required-field.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('nodes[0]: missing required field "kind"');
    expect(result.stderr).toContain('would not be valid');
    expect(existsSync('.tmp/publish-test/never')).toBe(false);
  }, 60_000);
});
