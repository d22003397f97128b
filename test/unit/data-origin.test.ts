import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataUrlAllowed, foreignSite, parseDataFrom, readDataFrom } from '../../src/load/dataOrigin';
import { loadFromUrl } from '../../src/load/loadData';

const PAGE = 'https://www.example.org/carte/?sdg=13';
const SMALL = readFileSync('test/fixtures/valid/small.json', 'utf8');

describe('foreignSite', () => {
  it('is null for the page’s own origin, however the address is written', () => {
    expect(foreignSite('data/x.json', PAGE)).toBeNull();
    expect(foreignSite('/other/x.json', PAGE)).toBeNull();
    expect(foreignSite('https://www.example.org:443/x.json', PAGE)).toBeNull();
    expect(foreignSite('HTTPS://WWW.EXAMPLE.ORG/x.json', PAGE)).toBeNull();
  });

  it('names another site by its host, with its port when it is not the default', () => {
    expect(foreignSite('https://other.example/x.json', PAGE)).toBe('other.example');
    expect(foreignSite('https://other.example:8080/x.json', PAGE)).toBe('other.example:8080');
    expect(foreignSite('https://example.org/x.json', PAGE)).toBe('example.org');
    expect(foreignSite('//other.example/x.json', PAGE)).toBe('other.example');
  });

  it('takes another port of the same host for another site', () => {
    expect(foreignSite('http://127.0.0.1:4311/x.json', 'http://127.0.0.1:4310/app/')).toBe('127.0.0.1:4311');
    expect(foreignSite('https://www.example.org:8443/x.json', PAGE)).toBe('www.example.org:8443');
  });

  it('names the whole origin when only the scheme differs, and look-alike names in their ASCII form', () => {
    expect(foreignSite('http://www.example.org/x.json', PAGE)).toBe('http://www.example.org');
    expect(foreignSite('https://exаmple.org/x.json', PAGE)).toBe('xn--exmple-4nf.org');
  });
});

describe('dataUrlAllowed and --data-from', () => {
  it('allows any origin when the build is not restricted', () => {
    expect(dataUrlAllowed('https://other.example/x.json', PAGE, null)).toBe(true);
  });

  it('allows the page’s own origin and the listed ones only', () => {
    expect(dataUrlAllowed('data/x.json', PAGE, [])).toBe(true);
    expect(dataUrlAllowed('https://other.example/x.json', PAGE, [])).toBe(false);
    expect(dataUrlAllowed('https://other.example/x.json', PAGE, ['https://other.example'])).toBe(true);
    expect(dataUrlAllowed('https://other.example:8080/x.json', PAGE, ['https://other.example'])).toBe(false);
    expect(dataUrlAllowed('http://other.example/x.json', PAGE, ['https://other.example'])).toBe(false);
  });

  it('reads --data-from, and says what is not an origin', () => {
    expect(parseDataFrom('same-origin')).toEqual([]);
    expect(parseDataFrom('https://data.example.org, same-origin,HTTPS://Data.Example.org/')).toEqual(['https://data.example.org']);
    expect(parseDataFrom('http://localhost:8080')).toEqual(['http://localhost:8080']);
    expect(parseDataFrom('https://data.example.org/maps')).toMatch(/"https:\/\/data.example.org\/maps" is not an origin/);
    expect(parseDataFrom('ftp://data.example.org')).toMatch(/is not an origin/);
    expect(parseDataFrom('data.example.org')).toMatch(/is not an origin/);
    expect(parseDataFrom('same-origin,')).toMatch(/"" is not an origin/);
  });

  it('reads the build’s setting back in the app', () => {
    expect(readDataFrom(undefined)).toBeNull();
    expect(readDataFrom('')).toBeNull();
    expect(readDataFrom('same-origin')).toEqual([]);
    expect(readDataFrom('same-origin https://data.example.org')).toEqual(['https://data.example.org']);
  });
});

describe('loadFromUrl in a restricted build', () => {
  afterEach(() => vi.unstubAllGlobals());

  function respond(url: string) {
    const fetch = vi.fn(() => Promise.resolve(Object.defineProperty(new Response(SMALL, { status: 200 }), 'url', { value: url })));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  it('asks nothing of an origin it may not open, and says so', async () => {
    const fetch = respond('https://other.example/x.json');
    expect(await loadFromUrl('https://other.example/x.json', { pageUrl: PAGE, dataFrom: [] })).toEqual({
      ok: false,
      failure: { reason: 'origin', sourceName: 'https://other.example/x.json' },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a file that a redirect brought from such an origin', async () => {
    respond('https://other.example/x.json');
    expect(await loadFromUrl('data/x.json', { pageUrl: PAGE, dataFrom: [] })).toEqual({
      ok: false,
      failure: { reason: 'origin', sourceName: 'https://other.example/x.json' },
    });
  });

  it('opens an allowed file and keeps where it was read from, after redirects', async () => {
    respond('https://data.example.org/moved.json');
    const result = await loadFromUrl('https://data.example.org/x.json', { pageUrl: PAGE, dataFrom: ['https://data.example.org'] });
    expect(result.ok && result.dataset.fetchedFrom).toBe('https://data.example.org/moved.json');
  });
});
