import { describe, expect, it } from 'vitest';
import { applySavedView, mergeViewState, parseViewState, pruneToGraph } from '../../src/url-state';
import { filters, fixtureGraph } from './helpers/filtersFixture';
import { withState } from './helpers/viewState';

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
