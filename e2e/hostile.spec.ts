import { expect, test, type Page } from '@playwright/test';
import { answersWithin, mapView, readDataFile, recordErrors, SEED_FILE, seedMapStillFilters } from './helpers';

// Files and failures that froze or blanked the app (issue 15), each from test/fixtures/hostile/:
// the app says what is wrong and where, answers at once, and the rest of it keeps working.
const seed = readDataFile(SEED_FILE);
const HOSTILE = 'test/fixtures/hostile/';

/** Opens the seed map, then the hostile file with the Open control: its problems show, the seed map stays. */
async function openOverSeedMap(page: Page, name: string) {
  await page.goto('./');
  const before = await mapView(page);
  await page.getByTestId('open-file').setInputFiles(`${HOSTILE}${name}`);
  const panel = page.getByTestId('load-error');
  await expect(panel).toBeVisible();
  expect(await answersWithin(page, 2000)).toBe(true);
  await expect(panel).toContainText(name);
  await expect(panel).toContainText('La carte affichée reste celle d’avant.');
  expect((await mapView(page)).visibleNodeIds).toEqual(before.visibleNodeIds);
  return panel;
}

test('huge coordinates: the problem and its line are shown, the tab never freezes', async ({ page }) => {
  await page.goto(`./?data=/fixtures/hostile/huge-coordinates.json`);
  const panel = page.getByTestId('load-error');
  await expect(panel).toBeVisible();
  expect(await answersWithin(page, 2000)).toBe(true);
  await expect(panel).toContainText('« /fixtures/hostile/huge-coordinates.json » contient 2 problèmes');
  await expect(panel.locator('li').first()).toHaveText(
    'nodes[0].x : doit être un nombre de -1000000 à 1000000 (trouvé : 1e+308) (ligne 5)',
  );

  const over = await openOverSeedMap(page, 'huge-coordinates.json');
  await over.getByRole('button', { name: 'Fermer' }).click();
  await seedMapStillFilters(page);
});

test('1,000-character ids that point nowhere: the problems show at once, ids cut to fit', async ({ page }) => {
  const panel = await openOverSeedMap(page, 'long-unknown-ids.json');
  await expect(panel.locator('h2')).toHaveText('« long-unknown-ids.json » contient 80 problèmes');
  const first = panel.locator('li').first();
  await expect(first).toContainText('edges[0].source : "source-inconnue-0-xxx');
  await expect(first).toContainText('…xxxxxxxxxxx" n’est pas l’identifiant d’un acteur (ligne 211)');
  // The panel stays within the page.
  const box = await panel.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  await panel.getByRole('button', { name: 'Fermer' }).click();
  await seedMapStillFilters(page);
});

test('ids named like Object built-ins are refused by name, in French and English', async ({ page }) => {
  const errors = recordErrors(page);
  const panel = await openOverSeedMap(page, 'builtin-ids.json');
  await expect(panel.locator('li').first()).toHaveText(
    'nodes[1].id : identifiant d’acteur "constructor" est un nom que JavaScript donne à tout objet : choisissez-en un autre (par exemple "constructor-1") (ligne 6)',
  );
  await expect(panel).toContainText('"toString"');
  await page.goto('./?lang=en&data=/fixtures/hostile/builtin-ids.json');
  await expect(page.getByTestId('load-error')).toContainText('actor id "__proto__" is a name JavaScript gives every object');
  expect(await answersWithin(page, 2000)).toBe(true);
  // A link that focuses such a name on a good map drops it and opens the map.
  await page.goto('./?focus=constructor');
  await mapView(page);
  await expect(page.getByTestId('url-notice')).toContainText('constructor');
  await seedMapStillFilters(page);
  expect(errors).toEqual([]);
});

test('attributes nested 100,000 levels deep: refused where they start, without a stack overflow', async ({ page }) => {
  const errors = recordErrors(page);
  const panel = await openOverSeedMap(page, 'deep-attributes.json');
  await expect(panel.locator('li')).toHaveText([
    'nodes[0].attributes.note : imbrication trop profonde : au plus 32 niveaux d’objets et de listes les uns dans les autres (aplatissez ces attributs) (ligne 5)',
  ]);
  await panel.getByRole('button', { name: 'Fermer' }).click();
  await seedMapStillFilters(page);
  expect(errors).toEqual([]);
});

test('a graph file naming an actor __proto__: refused by name, the map and the page unharmed', async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto('./');
  await mapView(page);
  await page.getByTestId('open-file').setInputFiles(`${HOSTILE}proto-actor.cytoscape.json`);
  await expect(page.getByTestId('import-refused')).toContainText(
    'l’identifiant d’acteur "__proto__" est un nom que JavaScript donne à tout objet : renommez-le dans le fichier',
  );
  expect(await answersWithin(page, 2000)).toBe(true);
  expect(await page.evaluate(() => Object.hasOwn(Object.prototype, 'previous'))).toBe(false);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-refused')).toBeHidden();
  await seedMapStillFilters(page);
  expect(errors).toEqual([]);
});

test.describe('a part that fails shows a message and the rest keeps working', () => {
  /** Makes the browser fail to load the code of one part, as a dropped connection would. */
  const failToLoad = (page: Page, chunk: string) => page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), (route) => route.abort());

  test('the actor panel', async ({ page }) => {
    await failToLoad(page, 'ActorPanel');
    await page.goto('./');
    await mapView(page);
    await page.getByTestId('search-input').fill('ademe');
    await page.getByTestId('search-input').press('Enter');
    const failure = page.getByTestId('part-error-actor');
    await expect(failure).toContainText('La fiche de cet acteur n’a pas pu s’afficher.');
    await expect(failure).toContainText('Le reste de l’application fonctionne.');
    await seedMapStillFilters(page);
    await failure.getByRole('button', { name: 'Fermer' }).click();
    await expect(failure).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
  });

  test('a dialog', async ({ page }) => {
    await failToLoad(page, 'AboutPanel');
    await page.goto('./');
    await mapView(page);
    await page.getByTestId('about-button').click();
    const failure = page.getByTestId('part-error-about');
    await expect(failure).toContainText('La fenêtre « À propos » n’a pas pu s’afficher.');
    await failure.getByRole('button', { name: 'Fermer' }).click();
    await expect(failure).toBeHidden();
    await seedMapStillFilters(page);
  });

  test('the import report: the map before stays', async ({ page }) => {
    const csvPair = ['test/fixtures/import/acteurs-excel-fr.csv', 'test/fixtures/import/alliances-excel-fr.csv'];
    await failToLoad(page, 'ImportReportDialog');
    await page.goto('./');
    await mapView(page);
    await page.getByTestId('open-file').setInputFiles(csvPair);
    const failure = page.getByTestId('part-error-import');
    await expect(failure).toContainText('Le rapport d’import n’a pas pu s’afficher.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
    await seedMapStillFilters(page);
    await failure.getByRole('button', { name: 'Fermer' }).click();
    await expect(failure).toBeHidden();
  });

  test('the map: its drawing fails, the page stays, and a canvas drawing is offered', async ({ page }) => {
    await failToLoad(page, 'SigmaMap');
    await page.goto('./?renderer=webgl');
    const failure = page.getByTestId('part-error-map');
    await expect(failure).toContainText('La carte n’a pas pu être dessinée.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.meta.title);
    await seedMapStillFilters(page);
    await failure.getByRole('button', { name: 'Dessiner en mode canvas' }).click();
    const view = await mapView(page);
    expect(view.renderer).toBe('cytoscape');
    expect(new URL(page.url()).searchParams.get('renderer')).toBe('cytoscape');
    expect(view.visibleNodeIds).toHaveLength(seed.nodes.length);
    await expect(failure).toBeHidden();
  });
});
