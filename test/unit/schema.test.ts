import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECLARATION_FILE, GENERATED_FILE, compileSchemaCode, declarationCode, readSchema } from '../../scripts/compile-schema';
import { SUPPORT_CODES } from '../../src/domain';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

describe('compiled schema', () => {
  it('is up to date with data/schema/alliance-map-1.schema.json (run `npm run schema` after editing it)', () => {
    expect(read(GENERATED_FILE)).toBe(compileSchemaCode());
    expect(read(DECLARATION_FILE)).toBe(declarationCode());
  });

  it('is plain ESM that needs no eval at run time', () => {
    const code = read(GENERATED_FILE);
    expect(code).toMatch(/^export const validate = /m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    expect(code).not.toMatch(/^import /m);
  });

  it('lists the support forms of src/domain', () => {
    const schema = readSchema() as { definitions: { supportCode: { enum: string[] } } };
    expect(schema.definitions.supportCode.enum).toEqual([...SUPPORT_CODES]);
  });

  it('refuses a schema whose compiled code would need require()', () => {
    expect(() => compileSchemaCode({ type: 'string', minLength: 2 })).toThrow(/require\(\)/);
  });
});
