import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { applyFilters, emptyFilters, type Filters } from '../../../src/filters';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { computeLayout } from '../../../src/layout';
import type { MapViewport } from '../../../src/map/mapHandle';
import { buildGraph, type AllianceGraph } from '../../../src/model/graph';
import type { DataFile } from '../../../src/model/types';
import { validateText } from '../../../src/model/validate';
import { computeAppearance, type Appearance } from '../../../src/view/appearance';
import type { Positions, Visibility } from '../../../src/view/types';
import { viewportAround, type SvgInput } from '../../../src/export/svg';
import { captionText, legendText } from '../../../src/export/texts';

// The maps the export tests draw: the seed data and the small fixture, laid out with a fixed seed.

// Synchronous (initAsync: false). HTML escaping is left on, as i18next has it by default: the
// export must ask for data text as it is, whatever the app's setting.
void i18next.init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', fallbackLng: 'fr', initAsync: false });

export const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

export interface Loaded {
  file: DataFile;
  graph: AllianceGraph;
}

export function load(text: string): Loaded {
  const { file, problems } = validateText(text, 'test.json');
  if (!file) throw new Error(problems.map((p) => p.message).join('\n'));
  return { file, graph: buildGraph(file) };
}

function visibilityOf(graph: AllianceGraph, filters: Partial<Filters> = {}): Visibility {
  const all = { ...emptyFilters(), ...filters };
  const visible = applyFilters(graph, all);
  return { visibleNodeIds: visible.visibleNodeIds, visibleEdgeIds: visible.visibleEdgeIds, filtered: all.filtered };
}

export const seed = load(read('data/odd17-villes-au-carre.json'));
export const small = load(read('test/fixtures/valid/small.json'));

export function scene(data: { graph: AllianceGraph }, filters: Partial<Filters> = {}) {
  const appearance: Appearance = computeAppearance(data.graph, 'fr');
  const positions: Positions = computeLayout(data.graph, { seed: 1 });
  const visibility = visibilityOf(data.graph, filters);
  const viewport: MapViewport = viewportAround(appearance, positions, visibility, 1000);
  return { appearance, positions, visibility, viewport };
}

/** What the export menu would pass to draw a map, in French, with a link to the view. */
export function input(data: Loaded, filters: Partial<Filters> = {}, overrides: Partial<SvgInput> = {}): SvgInput {
  return {
    ...scene(data, filters),
    meta: data.file.meta,
    caption: captionText('fr', 'https://example.org/carte/?sdg=17&lang=fr'),
    legend: legendText('fr'),
    lang: 'fr',
    ...overrides,
  };
}
