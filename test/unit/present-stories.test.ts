import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/filters/types';
import type { DataFile } from '../../src/model/types';
import { activeStory, captureStep, captureView, clampStep, gotoStep, stepViewState, storyById, viewOnly } from '../../src/present/stories';
import { defaultViewState, parseViewState, type ViewState } from '../../src/url-state';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const stories = file.stories ?? [];
const odd17 = stories[0]!;

/** A state with every concern away from its default. */
function busyState(): ViewState {
  return {
    data: 'data/other.json',
    filters: {
      sdg: [13, 17],
      region: ['24', 'FR'],
      national: 'all',
      kind: ['catalyst', 'funder'],
      support: ['networks', 'direct-funding'],
      period: { from: 2018, to: null },
      isolated: 'show',
      filtered: 'fade',
    },
    stated: true,
    focus: { id: 'villes-au-carre', depth: 2 },
    q: 'réseau & co',
    camera: { x: 12.5, y: -40, zoom: 1.25 },
    lang: 'en',
    renderer: 'cytoscape',
    embed: { embed: true, panels: ['legend'], origins: ['https://a.org'] },
    present: { present: true, story: 'odd17-villes-au-carre', step: 4, autoplay: 8 },
    insight: {
      view: 'table',
      table: 'alliances',
      sort: { key: 'amount', descending: true },
      size: 'betweenness',
      colour: 'community',
      arrange: 'geo',
      measures: 'view',
    },
  };
}

describe('the default dataset story', () => {
  it('has the seven steps of the ODD17 and Villes au Carré case', () => {
    expect(odd17.id).toBe('odd17-villes-au-carre');
    expect(odd17.steps).toHaveLength(7);
    expect(odd17.steps[0]!.title).toBe('2007 : une coalition fondatrice');
  });
});

describe('storyById, clampStep, activeStory', () => {
  it('finds a story by id', () => {
    expect(storyById(stories, 'odd17-villes-au-carre')).toBe(odd17);
    expect(storyById(stories, 'nope')).toBeNull();
    expect(storyById(stories, null)).toBeNull();
    expect(storyById(undefined, 'odd17-villes-au-carre')).toBeNull();
  });

  it('clamps a 0-based step into the story', () => {
    expect(clampStep(odd17, -3)).toBe(0);
    expect(clampStep(odd17, 3)).toBe(3);
    expect(clampStep(odd17, 99)).toBe(6);
    expect(clampStep(odd17, 2.7)).toBe(2);
    expect(clampStep(odd17, Number.NaN)).toBe(0);
    expect(clampStep({ id: 'e', title: 'E', steps: [] }, 4)).toBe(0);
  });

  it('reads the story and 0-based step of the URL, the first story by default', () => {
    const present = { present: true, story: 'odd17-villes-au-carre', step: 3, autoplay: null };
    expect(activeStory(stories, present)).toEqual({ story: odd17, index: 2 });
    expect(activeStory(stories, { ...present, story: null })).toEqual({ story: odd17, index: 2 });
    expect(activeStory(stories, { ...present, step: 40 })).toEqual({ story: odd17, index: 6 });
    expect(activeStory(stories, { ...present, story: 'nope' })).toBeNull();
    expect(activeStory([], present)).toBeNull();
    expect(activeStory([{ id: 'e', title: 'E', steps: [] }], { ...present, story: null })).toBeNull();
  });
});

describe('stepViewState and gotoStep', () => {
  it('applies a step view and keeps the session concerns', () => {
    const current = busyState();
    const next = stepViewState(current, odd17.steps[0]!);
    expect(next.focus).toEqual({ id: 'villes-au-carre', depth: 1 });
    expect(next.filters).toEqual({ ...emptyFilters(), period: { from: null, to: 2008 } });
    expect(next.q).toBe('');
    expect(next.camera).toBeNull();
    expect(next.data).toBe(current.data);
    expect(next.lang).toBe('en');
    expect(next.stated).toBe(true);
    expect(next.renderer).toBe('cytoscape');
    expect(next.embed).toEqual(current.embed);
    expect(next.present).toEqual(current.present);
  });

  it('reads every step of the default story without dropping anything', () => {
    for (const step of odd17.steps) expect(parseViewState(step.view).dropped).toEqual([]);
    const fifth = stepViewState(defaultViewState(), odd17.steps[4]!);
    expect(fifth.filters.support).toEqual([
      'data',
      'tools-resources',
      'networks',
      'engineering',
      'governance-dialogue',
      'direct-funding',
      'visibility',
    ]);
    expect(fifth.focus.id).toBe('fonds-odd17');
  });

  it('goes to a step: its view, and story and 1-based step in the URL state', () => {
    const current = { ...defaultViewState(), present: { present: true, story: null, step: 1, autoplay: 5 } };
    const next = gotoStep(current, odd17, 5);
    expect(next.present).toEqual({ present: true, story: 'odd17-villes-au-carre', step: 6, autoplay: 5 });
    expect(next.filters.period).toEqual({ from: 2021, to: 2022 });
    expect(next.filters.support).toEqual(['direct-funding']);
    expect(gotoStep(current, odd17, 99).present.step).toBe(7);
    expect(gotoStep(current, odd17, -1).present.step).toBe(1);
  });
});

describe('captureStep and captureView', () => {
  it('holds the filters, focus, search, camera and reading (view, sizes, colours, arrangement) only', () => {
    const view = captureView(busyState());
    expect(view).toBe(
      'sdg=13,17&region=24,FR&national=all&kind=catalyst,funder&support=networks,direct-funding&period=2018-&isolated=show&filtered=fade&focus=villes-au-carre&depth=2&q=r%C3%A9seau+%26+co&cam=12.5,-40,1.25' +
        '&view=table&table=alliances&sort=-amount&size=betweenness&color=community&arrange=geo&measures=view',
    );
    for (const param of ['data', 'stated', 'lang', 'renderer', 'embed', 'panels', 'origin', 'present', 'story', 'step', 'autoplay']) {
      expect(new URLSearchParams(view).has(param)).toBe(false);
    }
  });

  it('round-trips: the captured step applied gives back the same filters, focus, search and camera', () => {
    const captured = captureStep(busyState(), 'Mon étape', 'Une légende');
    expect(captured).toEqual({ title: 'Mon étape', caption: 'Une légende', view: captureView(busyState()) });
    const elsewhere = { ...defaultViewState(), lang: 'fr' as const, data: 'x.json' };
    const back = stepViewState(elsewhere, captured);
    const busy = busyState();
    expect(back.filters).toEqual(busy.filters);
    expect(back.focus).toEqual(busy.focus);
    expect(back.q).toBe(busy.q);
    expect(back.camera).toEqual(busy.camera);
    expect(back.insight).toEqual(busy.insight);
    expect(back.lang).toBe('fr');
    expect(back.data).toBe('x.json');
  });

  it('round-trips every step of the default story', () => {
    for (const step of odd17.steps) {
      const state = stepViewState(busyState(), step);
      const captured = captureStep(state, step.title);
      expect(captured.view).toBe(viewOnly(step.view));
      const again = stepViewState(defaultViewState(), captured);
      expect({ filters: again.filters, focus: again.focus, q: again.q, camera: again.camera }).toEqual({
        filters: state.filters,
        focus: state.focus,
        q: state.q,
        camera: state.camera,
      });
    }
  });

  it('captures the default view as an empty query and leaves out an empty caption', () => {
    expect(captureStep(defaultViewState(), 'Tout')).toEqual({ title: 'Tout', view: '' });
    expect(captureStep(defaultViewState(), 'Tout', '  ')).toEqual({ title: 'Tout', view: '' });
  });

  it('reduces any query to its view part', () => {
    expect(viewOnly('?lang=en&present=1&story=x&step=2&sdg=17,13&data=a.json&cam=1,2,3')).toBe('sdg=13,17&cam=1,2,3');
    expect(viewOnly('junk=1&sdg=99')).toBe('');
  });
});
