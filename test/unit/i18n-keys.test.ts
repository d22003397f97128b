// Typed interface keys. The @ts-expect-error lines are checked by the type check (npm test,
// npm run typecheck): each fails the build if the error it expects is gone.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr, type Catalogue } from '../../src/i18n/fr';
import { isKeyOf, type TranslationKey } from '../../src/i18n/keys';

describe('typed interface keys', () => {
  it('accepts the keys of fr.ts, with plural forms folded, and nothing else', () => {
    const keys: TranslationKey[] = ['app.name', 'filters.actors', 'actor.fields.label'];
    // @ts-expect-error: not a key of fr.ts
    keys.push('no.such.key');
    // @ts-expect-error: a group, not a string
    keys.push('actor.fields');
    expect(keys).toHaveLength(5);
  });

  it('types the t function', () => {
    // Never called: only its type matters.
    // @ts-expect-error: not a key of fr.ts
    const misspelt = () => i18next.t('app.nmae');
    expect(misspelt).toBeTypeOf('function');
  });

  it('requires English to have exactly the French keys', () => {
    const { name, ...appWithoutName } = en.app;
    expect(name).toBe('Alliance Map');
    // @ts-expect-error: app.name is missing
    const missing: Catalogue = { ...en, app: appWithoutName };
    // @ts-expect-error: app.extra is not in fr.ts
    const extra: Catalogue = { ...en, app: { ...en.app, extra: 'x' } };
    expect([missing, extra]).toHaveLength(2);
  });

  it('narrows a code to a key of a catalogue group', () => {
    expect(isKeyOf(fr.actor.fields, 'label')).toBe(true);
    expect(isKeyOf(fr.actor.fields, 'toString')).toBe(false);
    expect(isKeyOf(fr.actor.fields, 'attributes.colour')).toBe(false);
  });
});
