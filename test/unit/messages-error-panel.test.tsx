import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/model/validate';
import { ErrorPanel } from '../../src/ui/ErrorPanel';
import { initTestI18n } from './helpers/i18n';

const i18next = initTestI18n();

const name = 'unknown-support-form.json';
const { problems } = validateText(readFileSync(new URL(`../fixtures/invalid/${name}`, import.meta.url), 'utf8'), name);
const noop = () => undefined;
const render = (): string =>
  renderToString(<ErrorPanel failure={{ reason: 'invalid', sourceName: name, problems }} mapShown onDismiss={noop} />).replace(
    /&quot;/g,
    '"',
  );

describe('ErrorPanel', () => {
  it('shows the problems in French in the French interface', async () => {
    await i18next.changeLanguage('fr');
    const html = render();
    expect(html).toContain('"funding" n’est pas une forme de soutien (valeurs possibles : data,');
    expect(html).not.toContain('is not a support form');
  });

  it('shows them in English in the English interface', async () => {
    await i18next.changeLanguage('en');
    const html = render();
    expect(html).toContain('"funding" is not a support form (expected one of: data,');
    expect(html).not.toContain('forme de soutien');
  });
});

describe('ErrorPanel with a 1,000-character id', () => {
  it('cuts the id in the middle instead of filling the screen with it', async () => {
    await i18next.changeLanguage('fr');
    const long = `source-${'x'.repeat(993)}`;
    const problems = validateText(
      JSON.stringify({
        format: 'alliance-map/1',
        meta: { title: 'T' },
        nodes: [],
        edges: [{ id: 'e', source: long, target: long, relation: 'support' }],
      }),
      'long.json',
    ).problems;
    const html = renderToString(
      <ErrorPanel failure={{ reason: 'invalid', sourceName: 'long.json', problems }} mapShown={false} onDismiss={noop} />,
    ).replace(/&quot;/g, '"');
    expect(html).not.toMatch(/x{100}/);
    expect(html).toContain(`"source-${'x'.repeat(52)}…${'x'.repeat(11)}"`);
    expect(html).toContain('n’est pas l’identifiant d’un acteur');
  });
});

describe('ErrorPanel for a file with more problems than listed', () => {
  it('says "more than"', async () => {
    await i18next.changeLanguage('fr');
    const text = JSON.stringify({
      format: 'alliance-map/1',
      meta: { title: 'T' },
      nodes: Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, label: 'A', kind: 'k' })),
      edges: [],
    });
    const { problems, truncated } = validateText(text, 'many.json', { maxProblems: 100 });
    const html = renderToString(
      <ErrorPanel failure={{ reason: 'invalid', sourceName: 'many.json', problems, truncated }} mapShown={false} onDismiss={noop} />,
    );
    expect(html).toContain('« many.json » contient plus de 100 problèmes');
    expect(html).toContain('et plus de 95 autres problèmes');
  });
});
