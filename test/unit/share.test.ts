import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, shareUrl } from '../../src/share/embedUrl';
import { parseViewState } from '../../src/url-state';

const href = 'https://asso.example.org/carte/index.html?sdg=13&focus=ademe&embed=1#x';
const { state } = parseViewState('?sdg=13&focus=ademe&lang=en&data=data/mine.json&present=1&stated=1');

describe('share and embed links', () => {
  it('share the current view in the full app', () => {
    const url = new URL(shareUrl(href, state));
    expect(url.origin + url.pathname).toBe('https://asso.example.org/carte/index.html');
    expect(url.searchParams.get('sdg')).toBe('13');
    expect(url.searchParams.get('focus')).toBe('ademe');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('data')).toBe('data/mine.json');
    expect(url.searchParams.get('stated')).toBe('1');
    expect(url.searchParams.get('embed')).toBeNull();
    expect(url.searchParams.get('present')).toBeNull();
  });

  it('embed the current view with the chosen panels and origins', () => {
    const url = new URL(
      embedUrl(href, state, { height: 400, panels: ['legend', 'search'], currentView: true, origins: ['https://rapport.example.org'] }),
    );
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('panels')).toBe('legend,search');
    expect(url.searchParams.get('origin')).toBe('https://rapport.example.org');
    expect(url.searchParams.get('sdg')).toBe('13');
    expect(url.searchParams.get('data')).toBe('data/mine.json');
    expect(url.searchParams.get('stated')).toBe('1');
  });

  it('or embed the whole map, keeping the data, language and "only what the sources state"', () => {
    const url = new URL(embedUrl(href, state, { height: 400, panels: [], currentView: false, origins: [] }));
    expect(url.searchParams.get('sdg')).toBeNull();
    expect(url.searchParams.get('focus')).toBeNull();
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('data')).toBe('data/mine.json');
    expect(url.searchParams.get('panels')).toBe('');
    expect(url.searchParams.get('stated')).toBe('1');
  });

  it('write a snippet whose attributes cannot be broken by a title', () => {
    const snippet = embedSnippet('https://a.org/?embed=1&sdg=13', 'Carte "ODD" <test>', 450.4);
    expect(snippet).toContain('src="https://a.org/?embed=1&amp;sdg=13"');
    expect(snippet).toContain('title="Carte &quot;ODD&quot; &lt;test&gt;"');
    expect(snippet).toContain('height="450"');
  });
});
