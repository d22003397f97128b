import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../src/export/data';
import { emptyFilters } from '../../src/filters/types';
import { datasetFromText } from '../../src/load/loadData';
import { buildGraph } from '../../src/model/graph';
import type { DataFile, Story } from '../../src/model/types';
import {
  activeStory,
  addStep,
  captureStep,
  captureView,
  clampStep,
  deleteStep,
  exportableStories,
  gotoStep,
  kebabCase,
  moveStep,
  newStory,
  removeStory,
  replaceStory,
  stepViewState,
  storyById,
  uniqueStoryId,
  updateStep,
  viewOnly,
} from '../../src/present/stories';
import { defaultViewState, parseViewState, type ViewState } from '../../src/url-state';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const stories = file.stories ?? [];
const odd17 = stories[0]!;

function story(titles: string[]): Story {
  return { id: 's', title: 'S', steps: titles.map((title) => ({ title, view: `q=${title}` })) };
}
const titles = (value: Story) => value.steps.map((step) => step.title);

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
    focus: { id: 'villes-au-carre', depth: 2 },
    q: 'réseau & co',
    camera: { x: 12.5, y: -40, zoom: 1.25 },
    lang: 'en',
    renderer: 'cytoscape',
    embed: { embed: true, panels: ['legend'], origins: ['https://a.org'] },
    present: { present: true, story: 'odd17-villes-au-carre', step: 4, autoplay: 8 },
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
  it('holds the filters, focus, search and camera only', () => {
    const view = captureView(busyState());
    expect(view).toBe(
      'sdg=13,17&region=24,FR&national=all&kind=catalyst,funder&support=networks,direct-funding&period=2018-&isolated=show&filtered=fade&focus=villes-au-carre&depth=2&q=r%C3%A9seau+%26+co&cam=12.5,-40,1.25',
    );
    for (const param of ['data', 'lang', 'renderer', 'embed', 'panels', 'origin', 'present', 'story', 'step', 'autoplay']) {
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

describe('editing steps', () => {
  const abc = story(['a', 'b', 'c', 'd']);

  it('moves a step, leaving the original untouched', () => {
    expect(titles(moveStep(abc, 0, 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(titles(moveStep(abc, 3, 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(titles(moveStep(abc, 1, 2))).toEqual(['a', 'c', 'b', 'd']);
    expect(titles(moveStep(abc, 1, 99))).toEqual(['a', 'c', 'd', 'b']);
    expect(titles(moveStep(abc, 2, -5))).toEqual(['c', 'a', 'b', 'd']);
    expect(moveStep(abc, 5, 0)).toBe(abc);
    expect(moveStep(abc, 1, 1)).toBe(abc);
    expect(titles(abc)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('updates a step; empty caption and notes are removed', () => {
    const edited = updateStep(abc, 1, { title: 'B', caption: 'cap', notes: 'n' });
    expect(edited.steps[1]).toEqual({ title: 'B', caption: 'cap', notes: 'n', view: 'q=b' });
    const cleared = updateStep(edited, 1, { caption: '', notes: '' });
    expect(cleared.steps[1]).toEqual({ title: 'B', view: 'q=b' });
    expect(Object.keys(cleared.steps[1]!)).toEqual(['title', 'view']);
    expect(updateStep(abc, 9, { title: 'x' })).toBe(abc);
    expect(abc.steps[1]).toEqual({ title: 'b', view: 'q=b' });
  });

  it('deletes a step', () => {
    expect(titles(deleteStep(abc, 0))).toEqual(['b', 'c', 'd']);
    expect(titles(deleteStep(abc, 3))).toEqual(['a', 'b', 'c']);
    expect(deleteStep(abc, 4)).toBe(abc);
    expect(deleteStep(abc, -1)).toBe(abc);
    expect(abc.steps).toHaveLength(4);
  });

  it('adds a step at the end or at a position', () => {
    const step = { title: 'x', view: 'sdg=17' };
    expect(titles(addStep(abc, step))).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(titles(addStep(abc, step, 0))).toEqual(['x', 'a', 'b', 'c', 'd']);
    expect(titles(addStep(abc, step, 2))).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(titles(addStep(abc, step, 40))).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(titles(addStep(abc, step, -2))).toEqual(['x', 'a', 'b', 'c', 'd']);
    expect(abc.steps).toHaveLength(4);
  });
});

describe('new stories', () => {
  it('makes kebab-case ids without accents', () => {
    expect(kebabCase('Été 2021 : bilan')).toBe('ete-2021-bilan');
    expect(kebabCase("  L'ODD 17, c'est quoi ?  ")).toBe('l-odd-17-c-est-quoi');
    expect(kebabCase('!!!')).toBe('');
    expect(kebabCase('a'.repeat(60))).toHaveLength(48);
    expect(kebabCase(`${'a'.repeat(47)} b`)).toBe('a'.repeat(47));
  });

  it('makes ids unique', () => {
    expect(uniqueStoryId('Bilan', [])).toBe('bilan');
    expect(uniqueStoryId('Bilan', ['bilan'])).toBe('bilan-2');
    expect(uniqueStoryId('Bilan', ['bilan', 'bilan-2', 'bilan-3'])).toBe('bilan-4');
    expect(uniqueStoryId('???', [])).toBe('story');
    expect(uniqueStoryId('???', ['story'])).toBe('story-2');
  });

  it('creates a story, with its first step when given', () => {
    const ids = stories.map((candidate) => candidate.id);
    expect(newStory('Villes au Carré', ids)).toEqual({ id: 'villes-au-carre', title: 'Villes au Carré', steps: [] });
    const first = { title: 'Début', view: 'sdg=17' };
    expect(newStory('ODD17 / Villes au Carré', ids, first)).toEqual({
      id: 'odd17-villes-au-carre-2',
      title: 'ODD17 / Villes au Carré',
      steps: [first],
    });
  });

  it('replaces, appends and removes stories in a list', () => {
    const other = { id: 'other', title: 'Other', steps: [{ title: 'x', view: '' }] };
    const list = replaceStory(stories, other);
    expect(list.map((candidate) => candidate.id)).toEqual(['odd17-villes-au-carre', 'other']);
    const renamed = replaceStory(list, { ...odd17, title: 'Renamed' });
    expect(renamed[0]!.title).toBe('Renamed');
    expect(renamed).toHaveLength(2);
    expect(removeStory(renamed, 'odd17-villes-au-carre')).toEqual([other]);
    expect(exportableStories([other, { id: 'e', title: 'E', steps: [] }])).toEqual([other]);
  });
});

describe('a captured story in the data file', () => {
  it('survives export to JSON and opening that file again', () => {
    const graph = buildGraph(file);
    const state = {
      ...defaultViewState(),
      filters: { ...emptyFilters(), sdg: [13], period: { from: null, to: 2020 } },
      focus: { id: 'fonds-odd17', depth: 2 as const },
    };
    let created = newStory(
      'Ma présentation',
      stories.map((candidate) => candidate.id),
      captureStep(state, 'Le Fonds', 'Deux pas autour du Fonds.'),
    );
    created = addStep(created, captureStep({ ...defaultViewState(), camera: { x: 1, y: 2, zoom: 0.5 } }, 'Vue d’ensemble'));
    created = updateStep(created, 0, { notes: 'Dire bonjour.' });
    created = moveStep(created, 1, 0);
    const text = exportJson(file, graph, {}, { stories: exportableStories(replaceStory(stories, created)) });
    const reopened = datasetFromText(text, 'export.json', 'file');
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    const saved = storyById(reopened.dataset.file.stories, 'ma-presentation');
    expect(saved).toEqual(created);
    expect(saved!.steps.map((step) => step.title)).toEqual(['Vue d’ensemble', 'Le Fonds']);
    const back = stepViewState(defaultViewState(), saved!.steps[1]!);
    expect(back.filters).toEqual(state.filters);
    expect(back.focus).toEqual(state.focus);
    expect(storyById(reopened.dataset.file.stories, 'odd17-villes-au-carre')).toEqual(odd17);
  });
});
