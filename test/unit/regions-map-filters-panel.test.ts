// The filters panel (src/ui/filters) rendered to a string: no DOM needed. Interactions are
// covered by the pure helpers below (src/ui/filters/edits.ts) and by end-to-end tests.
import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { facetCounts } from '../../src/filters/facets';
import { emptyFilters, type Filters } from '../../src/filters/types';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { markDrawn } from '../../src/inspect/handle';
import { buildGraph } from '../../src/model/graph';
import type { Lang } from '../../src/domain/types';
import { FiltersPanel } from '../../src/ui/filters/FiltersPanel';
import { allianceYears } from '../../src/filters/years';
import { clearAllFilters, clearSection, parseYearInput, periodSummary, setPeriodEnd, toggleOption } from '../../src/ui/filters/edits';
import { FIXTURE, filters, fixtureGraph } from './helpers/filtersFixture';

beforeAll(async () => {
  markDrawn(); // the region map's chunk waits for the map's first frame
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
});

/** The panel as HTML once everything it loads on demand (the region map's chunk) is there. */
async function render(state: Filters, lang: Lang = 'fr', graph = fixtureGraph()): Promise<string> {
  void i18next.changeLanguage(lang);
  const { prelude } = await prerender(
    createElement(FiltersPanel, { graph, filters: state, facets: facetCounts(graph, state), lang, onChange: () => undefined }),
  );
  return new Response(prelude).text();
}

/** The opening tag of the element with this test id. */
function tag(html: string, testId: string): string {
  const at = html.indexOf(`data-testid="${testId}"`);
  if (at < 0) throw new Error(`no element with data-testid="${testId}"`);
  const start = html.lastIndexOf('<', at);
  return html.slice(start, html.indexOf('>', at) + 1);
}

/** The element with this test id and what it holds, for elements that do not nest in their own kind. */
function element(html: string, testId: string): string {
  const opening = tag(html, testId);
  const start = html.indexOf(opening);
  const name = /^<([a-z]+)/.exec(opening)?.[1] ?? '';
  return html.slice(start, html.indexOf(`</${name}>`, start) + name.length + 3);
}

const DISABLED = /\sdisabled=""/;
const CHECKED = /\schecked=""/;

describe('FiltersPanel (rendered to a string)', () => {
  it('renders every control with its test id, no filter active', async () => {
    const html = await render(emptyFilters());
    for (const id of [
      'filters-panel',
      'filters-clear-all',
      'filter-sdg-1',
      'filter-sdg-13',
      'filter-sdg-17',
      'filter-region-map',
      'filter-region-24',
      'filter-region-94',
      'filter-region-01',
      'filter-region-FR',
      'filter-region-list-24',
      'filter-region-list-FR',
      'filter-national-linked',
      'filter-national-all',
      'filter-national-none',
      'filter-support-direct-funding',
      'filter-support-visibility',
      'filter-kind-catalyst',
      'filter-kind-funder',
      'filter-kind-network',
      'filter-period-from',
      'filter-period-to',
      'filter-period-slider-from',
      'filter-period-slider-to',
      'filter-filtered-fade',
      'filter-isolated-show',
      'filters-help',
    ]) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(tag(html, 'filters-clear-all')).toMatch(DISABLED);
    expect(element(html, 'filters-section-period')).not.toContain('fp-badge');
    expect(html).not.toContain('data-testid="filter-clear-sdg"');
    expect(html).toContain('Comment fonctionnent les filtres ?');
  });

  it('draws the 13 metropolitan regions with all 96 department paths (twice: outline and fill)', async () => {
    const html = await render(emptyFilters());
    const map = html.slice(
      html.indexOf('data-testid="filter-region-map"'),
      html.indexOf('</svg>', html.indexOf('data-testid="filter-region-map"')),
    );
    expect(map.match(/role="button"/g)).toHaveLength(13);
    expect(map.match(/<path /g)).toHaveLength(96 * 2);
  });

  it('labels regions with name and count, presses and disables as the counts say', async () => {
    const html = await render(emptyFilters());
    // Region 24 has 3 actors in the fixture (C1, L1, and F1 linked to C1); 84 has none.
    const centre = tag(html, 'filter-region-24');
    expect(centre).toContain('aria-label="Centre-Val de Loire (3)"');
    expect(centre).toContain('aria-pressed="false"');
    expect(centre).toContain('tabindex="0"');
    const auvergne = tag(html, 'filter-region-84');
    expect(auvergne).toContain('aria-disabled="true"');
    expect(auvergne).toContain('tabindex="-1"');
    // The goal's name for assistive technology is the button's hidden text (no aria-label, so voice
    // control and screen readers agree: WCAG 2.5.3).
    expect(element(html, 'filter-sdg-13')).toContain(
      '<span class="visually-hidden">ODD 13 : Mesures relatives à la lutte contre les changements climatiques (3)</span>',
    );
    expect(tag(html, 'filter-sdg-1')).toMatch(DISABLED);
    expect(tag(html, 'filter-region-list-84')).toMatch(DISABLED);
    expect(tag(html, 'filter-national-linked')).toMatch(CHECKED);
    expect(tag(html, 'filter-national-all')).not.toMatch(CHECKED);
  });

  it('shows the active state: pressed options, clear buttons, clear all enabled, the period summary', async () => {
    const state = filters({ sdg: [13], region: ['24'], support: ['direct-funding'], national: 'all', period: { from: 2020, to: null } });
    const html = await render(state);
    expect(tag(html, 'filter-sdg-13')).toContain('aria-pressed="true"');
    expect(tag(html, 'filter-region-24')).toContain('aria-pressed="true"');
    expect(tag(html, 'filter-region-list-24')).toMatch(CHECKED);
    expect(tag(html, 'filter-support-direct-funding')).toContain('aria-pressed="true"');
    expect(tag(html, 'filter-national-all')).toMatch(CHECKED);
    expect(tag(html, 'filter-national-linked')).not.toMatch(CHECKED);
    expect(tag(html, 'filters-clear-all')).not.toMatch(DISABLED);
    expect(tag(html, 'filter-clear-sdg')).toContain('aria-label="Effacer le filtre ODD"');
    for (const id of ['filter-clear-region', 'filter-clear-support', 'filter-clear-period']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toContain('data-testid="filter-clear-kind"');
    expect(tag(html, 'filter-period-from')).toContain('value="2020"');
    expect(tag(html, 'filter-period-to')).toContain('value=""');
    // The period's heading sums it up, and so does its slider for screen readers.
    const period = element(html, 'filters-section-period');
    expect(period).toMatch(/>Période<span class="fp-badge">Depuis 2020<\/span><\/button>/);
    expect(tag(period, 'filter-period-slider-from')).toContain('aria-valuetext="Depuis 2020"');
  });

  it('keeps a selected option enabled even when its count is 0', async () => {
    const html = await render(filters({ sdg: [1], kind: ['network'], region: ['84'] }));
    expect(tag(html, 'filter-sdg-1')).not.toMatch(DISABLED);
    expect(tag(html, 'filter-region-84')).toContain('aria-pressed="true"');
    expect(tag(html, 'filter-region-84')).not.toContain('aria-disabled');
  });

  it('speaks English', async () => {
    const html = await render(filters({ sdg: [13] }), 'en');
    expect(html).toContain('Clear all');
    expect(tag(html, 'filter-clear-sdg')).toContain('aria-label="Clear the SDG filter"');
    expect(element(html, 'filter-sdg-13')).toContain('SDG 13: Climate Action');
    expect(tag(html, 'filter-kind-network')).toContain('Network');
    expect(html).toContain('How do the filters work?');
  });

  it('finds every interface string (no raw i18n key in the output), in both languages', async () => {
    const busy = filters({ sdg: [13], region: ['24'], kind: ['funder'], support: ['networks'], period: { from: 2018, to: 2022 } });
    for (const lang of ['fr', 'en'] as const) {
      for (const state of [
        emptyFilters(),
        busy,
        filters({ period: { from: null, to: 2019 } }),
        filters({ period: { from: 2020, to: 2020 } }),
      ]) {
        expect(await render(state, lang)).not.toMatch(/filters\.[a-zA-Z]/);
      }
    }
  });

  it('hides the period control when no alliance is dated', async () => {
    const undated = buildGraph({ ...structuredClone(FIXTURE), edges: FIXTURE.edges.map(({ start: _s, end: _e, ...edge }) => edge) });
    const html = await render(emptyFilters(), 'fr', undated);
    expect(html).not.toContain('data-testid="filter-period-from"');
    expect(html).not.toContain('data-testid="filters-section-period"');
  });
});

describe('filters panel edits', () => {
  it('toggles options in canonical order', () => {
    expect(toggleOption([17], 13, [13, 17])).toEqual([13, 17]);
    expect(toggleOption([13, 17], 13, [13, 17])).toEqual([17]);
    expect(toggleOption(['24', 'FR'], '11', ['11', '24', 'FR'])).toEqual(['11', '24', 'FR']);
  });

  it('reads the year span of the alliances', () => {
    expect(allianceYears(fixtureGraph())).toEqual({ min: 2015, max: 2024 });
  });

  it('sets one end of the period, keeping from <= to and null for no filter', () => {
    expect(setPeriodEnd(null, 'from', 2020)).toEqual({ from: 2020, to: null });
    expect(setPeriodEnd({ from: 2020, to: null }, 'from', null)).toBeNull();
    expect(setPeriodEnd({ from: 2018, to: 2019 }, 'from', 2021)).toEqual({ from: 2021, to: 2021 });
    expect(setPeriodEnd({ from: 2018, to: 2022 }, 'to', 2016)).toEqual({ from: 2016, to: 2016 });
    expect(setPeriodEnd({ from: null, to: 2019 }, 'to', 2020)).toEqual({ from: null, to: 2020 });
  });

  it('parses typed years: four digits or empty', () => {
    expect(parseYearInput('')).toBeNull();
    expect(parseYearInput(' 2020 ')).toBe(2020);
    expect(parseYearInput('202')).toBeUndefined();
    expect(parseYearInput('20201')).toBeUndefined();
  });

  it('summarises the period', () => {
    expect(periodSummary(null).key).toBe('filters.period.all');
    expect(periodSummary({ from: 2020, to: null })).toEqual({ key: 'filters.period.since', values: { from: 2020 } });
    expect(periodSummary({ from: null, to: 2019 })).toEqual({ key: 'filters.period.until', values: { to: 2019 } });
    expect(periodSummary({ from: 2018, to: 2022 })).toEqual({ key: 'filters.period.range', values: { from: 2018, to: 2022 } });
    expect(periodSummary({ from: 2021, to: 2021 })).toEqual({ key: 'filters.period.single', values: { from: 2021 } });
  });

  it('clears one section (region also resets national) or all filters (display options kept)', () => {
    const state = filters({
      sdg: [13],
      region: ['24'],
      national: 'none',
      period: { from: 2020, to: null },
      isolated: 'show',
      filtered: 'fade',
    });
    expect(clearSection(state, 'region')).toEqual({ ...state, region: [], national: 'linked' });
    expect(clearSection(state, 'period').period).toBeNull();
    expect(clearSection(state, 'sdg').sdg).toEqual([]);
    expect(clearAllFilters(state)).toEqual({ ...emptyFilters(), isolated: 'show', filtered: 'fade' });
  });
});
