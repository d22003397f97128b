import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../src/export/data';
import { emptyFilters } from '../../src/filters/types';
import { datasetFromText } from '../../src/load/loadData';
import { buildGraph } from '../../src/model/graph';
import type { DataFile, Story } from '../../src/model/types';
import {
  addStep,
  captureStep,
  deleteStep,
  exportableStories,
  kebabCase,
  moveStep,
  newStory,
  removeStory,
  replaceStory,
  stepViewState,
  storyById,
  uniqueStoryId,
  updateStep,
} from '../../src/present/stories';
import { defaultViewState } from '../../src/url-state';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const stories = file.stories ?? [];
const odd17 = stories[0]!;

function story(titles: string[]): Story {
  return { id: 's', title: 'S', steps: titles.map((title) => ({ title, view: `q=${title}` })) };
}
const titles = (value: Story) => value.steps.map((step) => step.title);

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
