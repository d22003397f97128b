import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CLOSED, panelsReducer } from '../../src/app/panels';
import {
  addSdgFilter,
  appMode,
  applyEmbedCommand,
  clearFilters,
  exitFocus,
  focusOn,
  modeClassName,
  setFocusDepth,
} from '../../src/app/producers';
import { emptyFilters } from '../../src/filters';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { defaultViewState, parseViewState } from '../../src/url-state';

const file = JSON.parse(readFileSync(new URL('../../data/odd17-villes-au-carre.json', import.meta.url), 'utf8')) as DataFile;
const graph = buildGraph(file);
const at = (query: string) => parseViewState(query).state;

describe('view-state producers', () => {
  it('focusing on an actor keeps the depth and lets the camera frame the focus', () => {
    const next = focusOn('villes-au-carre')(at('focus=x&depth=2&cam=1,2,3'));
    expect(next.focus).toEqual({ id: 'villes-au-carre', depth: 2 });
    expect(next.camera).toBeNull();
    expect(setFocusDepth(1)(next).focus).toEqual({ id: 'villes-au-carre', depth: 1 });
    const back = exitFocus(at('focus=x&depth=2&cam=1,2,3'));
    expect(back.focus).toEqual({ id: null, depth: 1 });
    expect(back.camera).toBeNull();
  });

  it('an SDG chosen in the search joins the filter once; clearing empties every filter', () => {
    const state = at('sdg=13&region=24');
    expect(addSdgFilter(17)(state).filters.sdg).toEqual([13, 17]);
    expect(addSdgFilter(13)(state)).toBe(state);
    expect(clearFilters(state).filters).toEqual(emptyFilters());
  });

  it("a host page's set-filters drops the kinds this map lacks and says so", () => {
    const filters = { ...emptyFilters(), sdg: [17], kind: ['funder', 'spaceship'] };
    const { producer, dropped } = applyEmbedCommand({ type: 'set-filters', filters }, graph);
    expect(dropped).toEqual([{ param: 'kind', value: 'spaceship' }]);
    expect(producer?.(defaultViewState()).filters).toMatchObject({ sdg: [17], kind: ['funder'] });
  });

  it("a host page's focus on an unknown actor is no focus; fit changes no view state", () => {
    const known = applyEmbedCommand({ type: 'focus', id: 'villes-au-carre' }, graph).producer?.(defaultViewState());
    expect(known?.focus.id).toBe('villes-au-carre');
    const unknown = applyEmbedCommand({ type: 'focus', id: 'nobody' }, graph).producer?.(at('focus=villes-au-carre'));
    expect(unknown?.focus.id).toBeNull();
    expect(applyEmbedCommand({ type: 'fit' }, graph).producer).toBeNull();
  });
});

describe('the app mode', () => {
  it('the full app shows every panel and its editing tools', () => {
    const mode = appMode(defaultViewState());
    expect([...mode.panels].sort()).toEqual(['filters', 'legend', 'search']);
    expect(mode).toMatchObject({ embed: false, presenting: false, editing: true });
    expect(modeClassName(mode)).toBe('app');
  });

  it('an embed shows the legend unless its snippet names panels, and never presents', () => {
    expect([...appMode(at('embed=1')).panels]).toEqual(['legend']);
    expect([...appMode(at('embed=1&panels=filters,search')).panels].sort()).toEqual(['filters', 'search']);
    const embedded = appMode(at('embed=1&present=1'));
    expect(embedded).toMatchObject({ embed: true, presenting: false, editing: false });
    expect(modeClassName(embedded)).toBe('app is-embed');
    expect(modeClassName(appMode(at('present=1')))).toBe('app is-presenting');
  });
});

describe('open panels', () => {
  it('one dialog at a time; panels toggle on their own', () => {
    let state = panelsReducer(ALL_CLOSED, { type: 'open-dialog', dialog: 'about' });
    state = panelsReducer(state, { type: 'open-dialog', dialog: 'share' });
    expect(state.dialog).toBe('share');
    state = panelsReducer(state, { type: 'toggle', panel: 'stories' });
    state = panelsReducer(state, { type: 'toggle', panel: 'timeline' });
    expect(state).toEqual({ dialog: 'share', stories: true, timeline: true, filters: false });
    state = panelsReducer(state, { type: 'close', panel: 'stories' });
    state = panelsReducer(state, { type: 'close-dialog' });
    expect(state).toEqual({ dialog: null, stories: false, timeline: true, filters: false });
  });

  it('closing what is closed changes nothing', () => {
    expect(panelsReducer(ALL_CLOSED, { type: 'close', panel: 'filters' })).toBe(ALL_CLOSED);
    expect(panelsReducer(ALL_CLOSED, { type: 'close-dialog' })).toBe(ALL_CLOSED);
  });
});
