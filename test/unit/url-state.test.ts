import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/domain/regions';
import { SUPPORT_CODES } from '../../src/domain/supportForms';
import { ACTOR_COLUMNS, ALLIANCE_COLUMNS } from '../../src/insight/columns';
import {
  ARRANGEMENTS,
  COLOUR_BYS,
  defaultViewState,
  INSIGHT_VIEWS,
  MEASURE_SCOPES,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../src/url-state';
import { SIZE_MEASURES } from '../../src/view/sizeMeasures';
import { filters } from './helpers/filtersFixture';
import { withState } from './helpers/viewState';

describe('parseViewState', () => {
  it('reads an empty query as the default view', () => {
    expect(parseViewState('')).toEqual({ state: defaultViewState(), dropped: [] });
    expect(parseViewState('?')).toEqual({ state: defaultViewState(), dropped: [] });
  });

  it('ignores parameters of the host page silently', () => {
    expect(parseViewState('?utm_source=x&sdg=13&page=2')).toEqual({ state: withState({ filters: filters({ sdg: [13] }) }), dropped: [] });
  });

  it('drops a value with bad percent-encoding and keeps the rest', () => {
    expect(parseViewState('q=%E0%A4%A&sdg=13')).toEqual({
      state: withState({ filters: filters({ sdg: [13] }) }),
      dropped: [{ param: 'q', value: '%E0%A4%A' }],
    });
    expect(parseViewState('%E0%A4%A=1&lang=en')).toEqual({ state: withState({ lang: 'en' }), dropped: [] });
  });

  it('collects what every codec dropped', () => {
    const { state, dropped } = parseViewState('sdg=13,99&cam=1,2&depth=5&lang=de&period=2022-2018&focus=C1');
    expect(state).toEqual(withState({ filters: filters({ sdg: [13] }), focus: { id: 'C1', depth: 1 } }));
    expect(dropped).toEqual([
      { param: 'sdg', value: '99' },
      { param: 'period', value: '2022-2018' },
      { param: 'depth', value: '5' },
      { param: 'cam', value: '1,2' },
      { param: 'lang', value: 'de' },
    ]);
  });

  it('reports a repeated scalar with a different value', () => {
    expect(parseViewState('lang=en&lang=fr&lang=en')).toEqual({
      state: withState({ lang: 'en' }),
      dropped: [{ param: 'lang', value: 'fr' }],
    });
  });

  it('never throws on junk', () => {
    const alphabet = [
      'sdg',
      'region',
      'period',
      'cam',
      'q',
      'focus',
      'origin',
      'data',
      '=',
      '&',
      ',',
      '%',
      '%E0',
      '%A4',
      '%2C',
      '+',
      '-',
      '1',
      '13',
      '2022',
      'FR',
      'é',
      '\u0000',
      '#',
      '?',
      ' ',
    ];
    const junk = fc.array(fc.constantFrom(...alphabet), { maxLength: 19 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(junk, (text) => {
        const parsed = parseViewState(text);
        // Whatever came in, the state read is valid: it reads back to itself.
        expect(parseViewState(serializeViewState(parsed.state))).toEqual({ state: parsed.state, dropped: [] });
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('serializeViewState', () => {
  it('gives an empty string for the default view', () => {
    expect(serializeViewState(defaultViewState())).toBe('');
  });

  it('writes the canonical query string: parameter order of the contract, readable commas', () => {
    const state = withState({
      data: 'https://example.org/map.json',
      filters: filters({
        sdg: [17, 13],
        region: ['FR', '24'],
        national: 'all',
        kind: ['network', 'funder'],
        support: ['visibility', 'networks'],
        period: { from: 2020, to: null },
        isolated: 'show',
        filtered: 'fade',
      }),
      stated: true,
      focus: { id: 'villes-au-carre', depth: 2 },
      q: 'odd 17 & co',
      camera: { x: 12.5, y: -40, zoom: 1.25 },
      lang: 'en',
      renderer: 'webgl',
      embed: { embed: true, panels: ['search', 'legend'], origins: ['https://b.org', 'https://a.org'] },
      present: { present: true, story: 'odd17', step: 2, autoplay: 5 },
    });
    expect(serializeViewState(state)).toBe(
      'data=https%3A%2F%2Fexample.org%2Fmap.json&sdg=13,17&region=24,FR&national=all&kind=funder,network&support=networks,visibility&period=2020-' +
        '&isolated=show&filtered=fade&stated=1&focus=villes-au-carre&depth=2&q=odd+17+%26+co&cam=12.5,-40,1.25&lang=en&renderer=webgl' +
        '&embed=1&panels=legend,search&origin=https%3A%2F%2Fa.org,https%3A%2F%2Fb.org&present=1&story=odd17&step=2&autoplay=5',
    );
  });

  it('keeps a comma inside free text unambiguous', () => {
    const state = withState({ q: 'a,b', focus: { id: 'x,y', depth: 1 } });
    expect(serializeViewState(state)).toBe('focus=x,y&q=a,b');
    expect(parseViewState(serializeViewState(state)).state).toEqual(state);
  });

  it('round-trips generated valid states', () => {
    const texts = ['', 'villes au carré', 'a&b=c', '100% ODD', 'x,y', '+plus+', 'é/ü?#', '  spaced  '];
    const kinds = ['catalyst', 'funder', 'local-actor', 'network', 'tiers-lieu', 'k2'];
    const origins = ['https://a.org', 'https://b.example.com', 'http://localhost:5173', 'https://x.org:8443'];
    // Up to 7 digits and 5 decimals, never written with an exponent; `+ 0` turns -0 into 0: the
    // parse reads `-0` as 0, the one canonical zero.
    const number = fc
      .tuple(fc.integer({ min: -5_000_000, max: 5_000_000 }), fc.integer({ min: 0, max: 5 }))
      .map(([digits, decimals]) => digits / 10 ** decimals + 0);
    const period = fc
      .tuple(fc.option(fc.integer({ min: 1990, max: 2029 })), fc.option(fc.integer({ min: 0, max: 9 })))
      .map(([from, span]) => {
        const to = span === null ? null : (from ?? 1990) + span;
        return from === null && to === null ? null : { from, to };
      });
    const viewState: fc.Arbitrary<ViewState> = fc.record({
      data: fc.option(fc.constantFrom('data/seed.json', 'https://example.org/a b.json', '../x.json?v=2')),
      filters: fc.record({
        sdg: fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
        region: fc.subarray(SCOPES.map((scope) => scope.code)),
        national: fc.constantFrom('linked', 'all', 'none'),
        kind: fc.subarray(kinds).map((list) => list.sort()),
        support: fc.subarray([...SUPPORT_CODES]),
        period,
        isolated: fc.constantFrom('hide', 'show'),
        filtered: fc.constantFrom('hide', 'fade'),
      }),
      stated: fc.boolean(),
      focus: fc.record({ id: fc.option(fc.constantFrom('C1', 'villes-au-carre', 'id with space', 'é')), depth: fc.constantFrom(1, 2) }),
      q: fc.constantFrom(...texts),
      camera: fc.option(fc.record({ x: number, y: number, zoom: number.map((zoom) => Math.abs(zoom) + 0.001) })),
      lang: fc.constantFrom('fr', 'en'),
      renderer: fc.constantFrom('auto', 'cytoscape', 'webgl'),
      embed: fc.record({
        embed: fc.boolean(),
        panels: fc.option(fc.subarray(['legend', 'filters', 'search'] as const)),
        origins: fc.subarray(origins).map((list) => list.sort()),
      }),
      present: fc.record({
        present: fc.boolean(),
        story: fc.option(fc.constantFrom('odd17', 'story one')),
        step: fc.integer({ min: 1, max: 5 }),
        autoplay: fc.option(fc.constantFrom(1, 2.5, 10, 0.001)),
      }),
      insight: fc.record({
        view: fc.constantFrom(...INSIGHT_VIEWS),
        table: fc.constantFrom('actors', 'alliances'),
        sort: fc.option(fc.record({ key: fc.constantFrom(...ACTOR_COLUMNS, ...ALLIANCE_COLUMNS), descending: fc.boolean() })),
        size: fc.constantFrom(...SIZE_MEASURES),
        colour: fc.constantFrom(...COLOUR_BYS),
        arrange: fc.constantFrom(...ARRANGEMENTS),
        measures: fc.constantFrom(...MEASURE_SCOPES),
      }),
    });
    fc.assert(
      fc.property(viewState, (state) => {
        const text = serializeViewState(state);
        expect(text).not.toMatch(/%2C/i);
        expect({ text, ...parseViewState(text) }).toEqual({ text, state, dropped: [] });
      }),
      { seed: 1234, numRuns: 500 },
    );
  });

  it('gives equal strings for equal views in any list order', () => {
    const a = withState({ filters: filters({ sdg: [17, 13, 13], support: ['visibility', 'data'] }) });
    const b = withState({ filters: filters({ sdg: [13, 17], support: ['data', 'visibility'] }) });
    expect(serializeViewState(a)).toBe(serializeViewState(b));
  });
});
