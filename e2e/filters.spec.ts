import { expect, test } from '@playwright/test';
import type { DataFile } from '../src/model/types';
import { mapView, readDataFile, recordErrors, SEED_FILE } from './helpers';

const seed = readDataFile(SEED_FILE);

/**
 * What docs/filters.md says is visible for SDG, region (national=linked) and support filters,
 * written out plainly and independently of the app's code.
 */
function expectedVisible(file: DataFile, wanted: { sdg?: number[]; region?: string[]; support?: string[] }) {
  const sdgsOf = (id: string) => {
    const sdgs = new Set(file.nodes.find((node) => node.id === id)?.sdgs ?? []);
    for (const edge of file.edges) if (edge.source === id || edge.target === id) for (const sdg of edge.sdgs ?? []) sdgs.add(sdg);
    return sdgs;
  };
  const inRegion = (id: string) => (file.nodes.find((node) => node.id === id)?.regions ?? []).some((code) => wanted.region?.includes(code));
  const passesRegion = (id: string) => {
    if (!wanted.region?.length) return true;
    if (inRegion(id)) return true;
    const national = file.nodes.find((node) => node.id === id)?.regions?.includes('FR');
    return (
      Boolean(national) &&
      file.edges.some((edge) => (edge.source === id && inRegion(edge.target)) || (edge.target === id && inRegion(edge.source)))
    );
  };
  const actors = new Set(
    file.nodes
      .map((node) => node.id)
      .filter((id) => (!wanted.sdg?.length || wanted.sdg.some((sdg) => sdgsOf(id).has(sdg))) && passesRegion(id)),
  );
  const alliances = file.edges.filter(
    (edge) =>
      actors.has(edge.source) &&
      actors.has(edge.target) &&
      (!wanted.support?.length || (edge.support ?? []).some((form) => wanted.support?.includes(form))),
  );
  const nodes = wanted.support?.length ? new Set(alliances.flatMap((edge) => [edge.source, edge.target])) : actors;
  return { nodes, edges: new Set(alliances.map((edge) => edge.id)) };
}

/** The status line as a French reader sees it (0 and 1 take the singular in French). */
function statusText(nodes: number, edges: number) {
  const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;
  return `${plural(nodes, 'acteur')} sur ${seed.nodes.length} · ${plural(edges, 'alliance')} sur ${seed.edges.length}`;
}

test('a URL with filters opens that view: climate action funded directly, then in Centre-Val de Loire', async ({ page }) => {
  await page.goto('./?sdg=13&support=direct-funding');
  const view = await mapView(page);
  const expected = expectedVisible(seed, { sdg: [13], support: ['direct-funding'] });
  expect(new Set(view.visibleNodeIds)).toEqual(expected.nodes);
  expect(new Set(view.visibleEdgeIds)).toEqual(expected.edges);
  expect(view.filters).toEqual({ sdg: '13', support: 'direct-funding' });
  await expect(page.getByTestId('status')).toHaveText(statusText(expected.nodes.size, expected.edges.size));
  expect(view.visibleNodeIds).toContain('ademe');

  // ADEME is national and the sheet places it nowhere: within Centre-Val de Loire only its
  // alliance keeps it, and the region filter keeps SDG 13 to the region's actors.
  await page.goto('./?sdg=13&region=24');
  const regional = await mapView(page);
  const inRegion = expectedVisible(seed, { sdg: [13], region: ['24'] });
  expect(new Set(regional.visibleNodeIds)).toEqual(inRegion.nodes);
  expect(regional.visibleNodeIds.length).toBeGreaterThan(0);
  expect(regional.visibleNodeIds.length).toBeLessThan(seed.nodes.length);
  await expect(page.getByTestId('status')).toHaveText(statusText(inRegion.nodes.size, inRegion.edges.size));
});

test('clicking the controls changes the URL, the counts and the map together; Back restores', async ({ page }) => {
  await page.goto('./');
  const before = await mapView(page);

  await page.getByTestId('filter-sdg-13').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sdg')).toBe('13');
  let expected = expectedVisible(seed, { sdg: [13] });
  await expect(page.getByTestId('status')).toHaveText(statusText(expected.nodes.size, expected.edges.size));
  expect(new Set((await mapView(page)).visibleNodeIds)).toEqual(expected.nodes);

  // A region chosen on the small map of France.
  await page.getByTestId('filter-region-map').scrollIntoViewIfNeeded();
  await page.getByTestId('filter-region-24').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('24');
  expected = expectedVisible(seed, { sdg: [13], region: ['24'] });
  await expect(page.getByTestId('status')).toHaveText(statusText(expected.nodes.size, expected.edges.size));

  // The layout never reshuffles when filters change.
  const after = await mapView(page);
  for (const id of after.visibleNodeIds) expect(after.positions[id]).toEqual(before.positions[id]);

  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
  expected = expectedVisible(seed, { sdg: [13] });
  await expect(page.getByTestId('status')).toHaveText(statusText(expected.nodes.size, expected.edges.size));

  await page.getByTestId('filters-clear-all').click();
  await expect(page.getByTestId('status')).toHaveText(`${seed.nodes.length} acteurs · ${seed.edges.length} alliances`);
  expect(new URL(page.url()).search).toBe('');
});

test('each option shows the count it would give alone; options with none are disabled', async ({ page }) => {
  await page.goto('./?sdg=13');
  await mapView(page);
  // With SDG 13 chosen, the count beside SDG 11 is what SDG 11 alone would show.
  const alone = expectedVisible(seed, { sdg: [11] });
  await expect(page.getByTestId('filter-sdg-11')).toContainText(String(alone.nodes.size));
  const none = [...Array(17).keys()].map((i) => i + 1).find((sdg) => expectedVisible(seed, { sdg: [sdg] }).nodes.size === 0);
  expect(none).toBeDefined();
  await expect(page.getByTestId(`filter-sdg-${none}`)).toBeDisabled();
});

test('the national switch decides which national actors a region keeps', async ({ page }) => {
  await page.goto('./?region=24');
  const linked = await mapView(page);
  expect(new Set(linked.visibleNodeIds)).toEqual(expectedVisible(seed, { region: ['24'] }).nodes);
  await page.getByTestId('filter-national-none').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('national')).toBe('none');
  const none = await mapView(page);
  const nationals = seed.nodes.filter((node) => node.regions?.includes('FR')).map((node) => node.id);
  expect(none.visibleNodeIds.filter((id) => nationals.includes(id))).toEqual([]);
  await page.getByTestId('filter-national-all').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('national')).toBe('all');
  const all = await mapView(page);
  for (const id of nationals) expect(all.visibleNodeIds).toContain(id);
});

test('junk in the URL shows one notice, keeps the good values and never crashes', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto('./?sdg=abc,13,99&period=zzz&depth=9&national=maybe&focus=nobody&kind=funder');
  const view = await mapView(page);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toHaveCount(1);
  for (const junk of ['sdg=abc', 'sdg=99', 'period=zzz', 'depth=9', 'national=maybe', 'focus=nobody'])
    await expect(notice).toContainText(junk);
  expect(view.filters).toEqual({ sdg: '13', kind: 'funder' });
  await expect(page.getByTestId('status')).toContainText(` sur ${seed.nodes.length}`);
  expect(errors).toEqual([]);
});

test('filters with no result say so on the map and offer to clear them', async ({ page }) => {
  await page.goto('./?sdg=1');
  await mapView(page);
  await expect(page.getByText('Aucun acteur ne correspond à ces filtres.')).toBeVisible();
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page.getByTestId('status')).toHaveText(`${seed.nodes.length} acteurs · ${seed.edges.length} alliances`);
});

test('faded filtering keeps the other actors drawn but not counted as visible', async ({ page }) => {
  await page.goto('./?sdg=13&filtered=fade');
  const view = await mapView(page);
  expect(new Set(view.visibleNodeIds)).toEqual(expectedVisible(seed, { sdg: [13] }).nodes);
  await expect(page.getByTestId('filter-filtered-fade')).toBeChecked();
});
