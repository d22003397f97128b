import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { buildSearchIndex, searchActors, searchSdgs } from '../../src/search';
import { moveActive, SearchBox, searchOptions } from '../../src/ui/search/SearchBox';
import { initTestI18n } from './helpers/i18n';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const graph = buildGraph(file);

initTestI18n();

const noop = () => undefined;

describe('SearchBox', () => {
  it('renders a closed ARIA combobox', () => {
    const html = renderToString(
      createElement(SearchBox, { graph, lang: 'fr', value: 'reseau', onChange: noop, onChoose: noop, onChooseSdg: noop }),
    );
    expect(html).toContain('data-testid="search-input"');
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-autocomplete="list"');
    expect(html).toMatch(/aria-controls="([^"]+)"[\s\S]*role="listbox"/);
    const controls = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`id="${controls}" role="listbox"`);
    expect(html).toContain('placeholder="Rechercher un acteur…"');
    expect(html).toContain('value="reseau"');
    expect(html).toContain('aria-label="Effacer la recherche"');
  });

  it('speaks English on request', () => {
    const html = renderToString(createElement(SearchBox, { graph, lang: 'en', value: '', onChange: noop, onChoose: noop }));
    expect(html).toContain('placeholder="Search for an actor…"');
    expect(html).toContain('>/</kbd>');
  });
});

describe('searchOptions', () => {
  const index = buildSearchIndex(graph, 'fr');

  it('puts actors first, then goals found by name', () => {
    const options = searchOptions(searchActors(index, 'climat'), searchSdgs('climat', 'fr'));
    expect(options.at(-1)).toEqual({ type: 'sdg', suggestion: expect.objectContaining({ number: 13 }) as unknown });
  });

  it('puts a goal asked for by number first', () => {
    const options = searchOptions(searchActors(index, 'odd 17'), searchSdgs('odd 17', 'fr'));
    expect(options[0]).toMatchObject({ type: 'sdg', suggestion: { number: 17 } });
  });

  it('offers only actors when there is no goal', () => {
    const options = searchOptions(searchActors(index, 'ademe'), searchSdgs('ademe', 'fr'));
    expect(options.map((option) => option.type)).toEqual(['actor']);
  });
});

describe('moveActive', () => {
  it('wraps around and starts from the end going up', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});
