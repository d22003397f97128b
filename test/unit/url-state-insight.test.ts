import { describe, expect, it } from 'vitest';
import { defaultViewState, insightCodec, parseViewState, serializeViewState } from '../../src/url-state';
import { withState } from './helpers/viewState';

const read = (query: string) => insightCodec.parse(new URLSearchParams(query));

describe('insight parameters: view, table, sort, size, color, arrange, measures', () => {
  it('reads every parameter, words in any case', () => {
    expect(read('view=TABLE&table=alliances&sort=-Amount&size=betweenness&color=community&arrange=geo&measures=view')).toEqual({
      value: {
        view: 'table',
        table: 'alliances',
        sort: { key: 'amount', descending: true },
        size: 'betweenness',
        colour: 'community',
        arrange: 'geo',
        measures: 'view',
      },
      dropped: [],
    });
  });

  it('drops what it does not know and keeps the defaults', () => {
    const parsed = read('view=chart&sort=-colour&size=height&color=red&arrange=grid');
    expect(parsed.value).toEqual(defaultViewState().insight);
    expect(parsed.dropped).toEqual([
      { param: 'view', value: 'chart' },
      { param: 'sort', value: '-colour' },
      { param: 'size', value: 'height' },
      { param: 'color', value: 'red' },
      { param: 'arrange', value: 'grid' },
    ]);
  });

  it('writes nothing for the defaults, and its parameters after the others', () => {
    expect(serializeViewState(defaultViewState())).toBe('');
    const state = withState({
      lang: 'en',
      insight: { ...defaultViewState().insight, view: 'summary', sort: { key: 'betweenness', descending: false }, arrange: 'geo' },
    });
    expect(serializeViewState(state)).toBe('lang=en&view=summary&sort=betweenness&arrange=geo');
    expect(parseViewState(serializeViewState(state)).state).toEqual(state);
  });
});
