import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/domain/regions';
import { SUPPORT_CODES } from '../../src/domain/supportForms';
import { emptyFilters } from '../../src/filters/types';
import {
  applySavedView,
  cameraCodec,
  dataCodec,
  defaultViewState,
  embedCodec,
  filtersCodec,
  focusCodec,
  langCodec,
  mergeViewState,
  parseFiltersObject,
  parseViewState,
  presentCodec,
  pruneToGraph,
  rendererCodec,
  searchCodec,
  serializeViewState,
  type ViewState,
} from '../../src/url-state';
import { filters, fixtureGraph } from './helpers/filtersFixture';

const params = (search: string): URLSearchParams => new URLSearchParams(search);

function withState(patch: Partial<ViewState>): ViewState {
  return { ...defaultViewState(), ...patch };
}

describe('filtersCodec', () => {
  it('keeps good items and drops bad ones', () => {
    expect(filtersCodec.parse(params('sdg=13,99,x'))).toEqual({
      value: filters({ sdg: [13] }),
      dropped: [
        { param: 'sdg', value: '99' },
        { param: 'sdg', value: 'x' },
      ],
    });
    expect(filtersCodec.parse(params('sdg=abc'))).toEqual({ value: emptyFilters(), dropped: [{ param: 'sdg', value: 'abc' }] });
  });

  it('reads lists in canonical order, deduplicated, from one or several parameters', () => {
    expect(filtersCodec.parse(params('sdg=17,13,13,+4')).value.sdg).toEqual([4, 13, 17]);
    expect(filtersCodec.parse(params('sdg=17&sdg=13')).value.sdg).toEqual([13, 17]);
    expect(filtersCodec.parse(params('sdg=13%2C17')).value.sdg).toEqual([13, 17]);
    expect(filtersCodec.parse(params('sdg=13,,17,')).dropped).toEqual([]);
  });

  it('region: scope codes, FR in any case, regions first in official order', () => {
    expect(filtersCodec.parse(params('region=fr,24,99,11'))).toEqual({
      value: filters({ region: ['11', '24', 'FR'] }),
      dropped: [{ param: 'region', value: '99' }],
    });
  });

  it('national, isolated, filtered: known words only', () => {
    expect(filtersCodec.parse(params('national=all&isolated=show&filtered=fade')).value).toEqual(
      filters({ national: 'all', isolated: 'show', filtered: 'fade' }),
    );
    expect(filtersCodec.parse(params('national=some&isolated=maybe&filtered=blur'))).toEqual({
      value: emptyFilters(),
      dropped: [
        { param: 'national', value: 'some' },
        { param: 'isolated', value: 'maybe' },
        { param: 'filtered', value: 'blur' },
      ],
    });
  });

  it('kind: built-in or kebab-case at parse time', () => {
    expect(filtersCodec.parse(params('kind=network,funder,Network,bad_kind,-x'))).toEqual({
      value: filters({ kind: ['funder', 'network'] }),
      dropped: [
        { param: 'kind', value: 'Network' },
        { param: 'kind', value: 'bad_kind' },
        { param: 'kind', value: '-x' },
      ],
    });
  });

  it('support: the seven codes', () => {
    expect(filtersCodec.parse(params('support=visibility,data,money'))).toEqual({
      value: filters({ support: ['data', 'visibility'] }),
      dropped: [{ param: 'support', value: 'money' }],
    });
  });

  it('period: closed, open-ended and single-year forms', () => {
    const period = (text: string): unknown => filtersCodec.parse(params(`period=${text}`)).value.period;
    expect(period('2018-2022')).toEqual({ from: 2018, to: 2022 });
    expect(period('2020-')).toEqual({ from: 2020, to: null });
    expect(period('-2019')).toEqual({ from: null, to: 2019 });
    expect(period('2020')).toEqual({ from: 2020, to: 2020 });
    expect(period('2020-2020')).toEqual({ from: 2020, to: 2020 });
  });

  it('period: reversed, empty or malformed ranges are dropped', () => {
    for (const bad of ['2022-2018', '-', 'abc', '20-2022', '2018-2022-2023', '2018..2022']) {
      expect(filtersCodec.parse(params(`period=${bad}`))).toEqual({ value: emptyFilters(), dropped: [{ param: 'period', value: bad }] });
    }
  });

  it('empty values mean not given', () => {
    expect(filtersCodec.parse(params('sdg=&national=&period='))).toEqual({ value: emptyFilters(), dropped: [] });
  });

  it('serializes only what differs from the defaults, lists sorted', () => {
    expect(filtersCodec.serialize(emptyFilters())).toEqual([]);
    expect(
      filtersCodec.serialize(
        filters({
          sdg: [17, 13],
          region: ['FR', '24'],
          support: ['visibility', 'networks'],
          kind: ['network', 'funder'],
          period: { from: null, to: 2019 },
        }),
      ),
    ).toEqual([
      ['sdg', '13,17'],
      ['region', '24,FR'],
      ['kind', 'funder,network'],
      ['support', 'networks,visibility'],
      ['period', '-2019'],
    ]);
  });
});

describe('the other codecs', () => {
  it('focus and depth', () => {
    expect(focusCodec.parse(params('focus=villes-au-carre&depth=2'))).toEqual({ value: { id: 'villes-au-carre', depth: 2 }, dropped: [] });
    expect(focusCodec.parse(params('depth=5'))).toEqual({ value: { id: null, depth: 1 }, dropped: [{ param: 'depth', value: '5' }] });
    expect(focusCodec.serialize({ id: 'a b', depth: 1 })).toEqual([['focus', 'a b']]);
  });

  it('q keeps the text as typed', () => {
    expect(searchCodec.parse(params('q=+odd%2017,+x')).value).toEqual(' odd 17, x');
    expect(searchCodec.parse(params('')).value).toBe('');
  });

  it('cam: three finite numbers, positive zoom', () => {
    expect(cameraCodec.parse(params('cam=1.5,-2,0.25'))).toEqual({ value: { x: 1.5, y: -2, zoom: 0.25 }, dropped: [] });
    for (const bad of ['1,2', '1,2,0', '1,2,-1', '1,2,3,4', 'a,b,c', '0x10,1,1', '1,2,Infinity', ',1,1']) {
      expect(cameraCodec.parse(params(`cam=${bad}`))).toEqual({ value: null, dropped: [{ param: 'cam', value: bad }] });
    }
  });

  it('lang', () => {
    expect(langCodec.parse(params('lang=en'))).toEqual({ value: 'en', dropped: [] });
    expect(langCodec.parse(params('lang=de'))).toEqual({ value: 'fr', dropped: [{ param: 'lang', value: 'de' }] });
  });

  it('renderer', () => {
    expect(rendererCodec.parse(params('renderer=webgl')).value).toBe('webgl');
    expect(rendererCodec.parse(params('renderer=svg'))).toEqual({ value: 'auto', dropped: [{ param: 'renderer', value: 'svg' }] });
  });

  it('embed, panels and origins', () => {
    expect(
      embedCodec.parse(
        params('embed=1&panels=search,legend,map&origin=https://b.org,https://A.org/,ftp://x.org,https://a.org/path,https://c.org:8443'),
      ),
    ).toEqual({
      value: { embed: true, panels: ['legend', 'search'], origins: ['https://a.org', 'https://b.org', 'https://c.org:8443'] },
      dropped: [
        { param: 'panels', value: 'map' },
        { param: 'origin', value: 'ftp://x.org' },
        { param: 'origin', value: 'https://a.org/path' },
      ],
    });
    expect(embedCodec.parse(params('embed=1')).value.panels).toBeNull();
    expect(embedCodec.parse(params('embed=1&panels=')).value.panels).toEqual([]);
    expect(embedCodec.parse(params('embed=yes'))).toEqual({
      value: { embed: false, panels: null, origins: [] },
      dropped: [{ param: 'embed', value: 'yes' }],
    });
  });

  it('presentation', () => {
    expect(presentCodec.parse(params('present=1&story=odd17&step=3&autoplay=7.5'))).toEqual({
      value: { present: true, story: 'odd17', step: 3, autoplay: 7.5 },
      dropped: [],
    });
    expect(presentCodec.parse(params('step=0&autoplay=0'))).toEqual({
      value: { present: false, story: null, step: 1, autoplay: null },
      dropped: [
        { param: 'step', value: '0' },
        { param: 'autoplay', value: '0' },
      ],
    });
    expect(presentCodec.parse(params('step=1.5&autoplay=-3')).dropped).toEqual([
      { param: 'step', value: '1.5' },
      { param: 'autoplay', value: '-3' },
    ]);
  });

  it('data: relative or http(s) URLs only', () => {
    expect(dataCodec.parse(params('data=data/seed.json')).value).toBe('data/seed.json');
    expect(dataCodec.parse(params('data=https%3A%2F%2Fexample.org%2Fmap.json')).value).toBe('https://example.org/map.json');
    expect(dataCodec.parse(params('data=javascript:alert(1)'))).toEqual({
      value: null,
      dropped: [{ param: 'data', value: 'javascript:alert(1)' }],
    });
    expect(dataCodec.parse(params('data=http://[bad')).value).toBeNull();
  });
});

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
        '&isolated=show&filtered=fade&focus=villes-au-carre&depth=2&q=odd+17+%26+co&cam=12.5,-40,1.25&lang=en&renderer=webgl' +
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

describe('pruneToGraph', () => {
  const graph = fixtureGraph();

  it('drops kinds the data file does not know and a focus on a missing actor', () => {
    const { state } = parseViewState('kind=funder,network,tiers-lieu&focus=ghost&depth=2');
    expect(pruneToGraph(state, graph)).toEqual({
      state: withState({ filters: filters({ kind: ['funder', 'network'] }), focus: { id: null, depth: 2 } }),
      dropped: [
        { param: 'kind', value: 'tiers-lieu' },
        { param: 'focus', value: 'ghost' },
      ],
    });
  });

  it('keeps what the graph knows', () => {
    const { state } = parseViewState('kind=local-actor&focus=G1');
    expect(pruneToGraph(state, graph)).toEqual({ state, dropped: [] });
  });

  it('checks the story and its step when stories are given', () => {
    const stories = [{ id: 'odd17', steps: [{}, {}] }];
    expect(pruneToGraph(parseViewState('present=1&story=odd17&step=2').state, graph, stories).dropped).toEqual([]);
    expect(pruneToGraph(parseViewState('present=1&story=odd17&step=3').state, graph, stories)).toEqual({
      state: withState({ present: { present: true, story: 'odd17', step: 1, autoplay: null } }),
      dropped: [{ param: 'step', value: '3' }],
    });
    expect(pruneToGraph(parseViewState('present=1&story=other&step=2').state, graph, stories)).toEqual({
      state: withState({ present: { present: true, story: null, step: 1, autoplay: null } }),
      dropped: [
        { param: 'story', value: 'other' },
        { param: 'step', value: '2' },
      ],
    });
  });
});

describe('merging views', () => {
  it('mergeViewState takes the given concerns from the overlay', () => {
    const base = withState({ lang: 'en', q: 'x' });
    expect(mergeViewState(base, { q: 'y', renderer: 'webgl' }, ['q'])).toEqual(withState({ lang: 'en', q: 'y' }));
    expect(mergeViewState(base, { renderer: 'webgl' })).toEqual(withState({ lang: 'en', q: 'x', renderer: 'webgl' }));
  });

  it('a saved view (story step) replaces filters, focus, search and camera only', () => {
    const current = parseViewState('lang=en&present=1&story=odd17&step=2&sdg=4&q=old&cam=1,2,3&embed=1').state;
    const { state, dropped } = applySavedView(current, 'sdg=17&focus=villes-au-carre&lang=fr&foo=1&depth=9');
    expect(state).toEqual(
      withState({
        filters: filters({ sdg: [17] }),
        focus: { id: 'villes-au-carre', depth: 1 },
        lang: 'en',
        embed: { embed: true, panels: null, origins: [] },
        present: { present: true, story: 'odd17', step: 2, autoplay: null },
      }),
    );
    expect(dropped).toEqual([{ param: 'depth', value: '9' }]);
  });
});

describe('parseFiltersObject (embed set-filters)', () => {
  it('accepts strings, numbers and arrays under the URL names', () => {
    expect(parseFiltersObject({ sdg: [13, '17'], region: '24,FR', national: 'none', period: '2020-' })).toEqual({
      value: filters({ sdg: [13, 17], region: ['24', 'FR'], national: 'none', period: { from: 2020, to: null } }),
      dropped: [],
    });
  });

  it('reports unknown names, wrong types and bad values', () => {
    expect(parseFiltersObject({ sdg: [13, 99, { n: 1 }], colour: 'red', kind: true })).toEqual({
      value: filters({ sdg: [13] }),
      dropped: [
        { param: 'sdg', value: '{"n":1}' },
        { param: 'colour', value: 'red' },
        { param: 'kind', value: 'true' },
        { param: 'sdg', value: '99' },
      ],
    });
  });

  it('anything but an object gives empty filters and one dropped item', () => {
    expect(parseFiltersObject('sdg=13')).toEqual({ value: emptyFilters(), dropped: [{ param: 'filters', value: 'sdg=13' }] });
    expect(parseFiltersObject(null).dropped).toHaveLength(1);
  });
});
