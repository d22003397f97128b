import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/filters/types';
import {
  cameraCodec,
  dataCodec,
  embedCodec,
  filtersCodec,
  focusCodec,
  langCodec,
  parseFiltersObject,
  presentCodec,
  rendererCodec,
  searchCodec,
  statedCodec,
} from '../../src/url-state';
import { filters } from './helpers/filtersFixture';

const params = (search: string): URLSearchParams => new URLSearchParams(search);

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

  it('stated: 1 or true turns it on, anything else off', () => {
    expect(statedCodec.parse(params('stated=1')).value).toBe(true);
    expect(statedCodec.parse(params('stated=TRUE')).value).toBe(true);
    expect(statedCodec.parse(params('stated=0'))).toEqual({ value: false, dropped: [] });
    expect(statedCodec.parse(params('stated=yes'))).toEqual({ value: false, dropped: [{ param: 'stated', value: 'yes' }] });
    expect(statedCodec.serialize(true)).toEqual([['stated', '1']]);
    expect(statedCodec.serialize(false)).toEqual([]);
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
