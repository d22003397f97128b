import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HOST_PORT } from '../playwright.config';
import { mapView, readDataFile, SEED_FILE } from './helpers';

const FIXTURES = 'test/fixtures/import';
const SEED_ACTORS = readDataFile(SEED_FILE).nodes.length;

/** How many actors the map shows now (the inspection handle, read again on each call). */
function visibleActors(page: Page): Promise<number> {
  return page.evaluate(() => window.allianceMap?.view().visibleNodeIds.length ?? -1);
}

/** Drops files on the page as a person drags them from their desktop. */
async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({ name: path.split('/').pop() ?? path, base64: readFileSync(path).toString('base64') }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], name));
    }
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await mapView(page);
  expect(await visibleActors(page)).toBe(SEED_ACTORS);
});

test('a CSV pair as French Excel saves it: report first, the map changes on Accepter, and Back returns', async ({ page }) => {
  await page.getByTestId('open-file').setInputFiles([`${FIXTURES}/acteurs-excel-fr-1252.csv`, `${FIXTURES}/alliances-excel-fr-1252.csv`]);
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveText('CSV : 6 acteurs et 5 alliances lus.');
  // Rows skipped name their file and row; "Ville de Tours", named only by an alliance, is added.
  await expect(page.getByTestId('import-skipped')).toContainText(
    'acteurs-excel-fr-1252.csv, ligne 7 : ligne ignorée : ni nom ni identifiant',
  );
  await expect(page.getByTestId('import-unrecognised')).toContainText('« Ville de Tours » n’est pas dans la table des acteurs');
  // Until accepted, the map on screen is the one before.
  expect(await visibleActors(page)).toBe(SEED_ACTORS);
  await page.getByTestId('import-accept').click();
  await expect(report).toBeHidden();
  await expect.poll(() => visibleActors(page)).toBe(6);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('acteurs excel fr 1252');
  await expect(page.getByTestId('import-notice')).toContainText('6 acteurs, 5 alliances');
  await page.getByTestId('import-back').click();
  await expect.poll(() => visibleActors(page)).toBe(SEED_ACTORS);
});

test('a workbook dropped on the map opens after its report, with the right counts', async ({ page }) => {
  await dropFiles(page, [`${FIXTURES}/carte-sheetjs.ods`]);
  await expect(page.getByTestId('import-summary')).toHaveText('OpenDocument (.ods) : 3 acteurs et 2 alliances lus.');
  await page.getByTestId('import-accept').click();
  await expect.poll(() => visibleActors(page)).toBe(3);
  await expect.poll(() => page.evaluate(() => window.allianceMap?.view().visibleEdgeIds.length)).toBe(2);
});

test('a bad file shows its report and the map stays', async ({ page }) => {
  await dropFiles(page, [`${FIXTURES}/not-a-workbook.xlsx`]);
  await expect(page.getByTestId('import-refused')).toContainText('ce n’est pas un classeur .xlsx ou .ods lisible');
  await expect(page.getByTestId('import-accept')).toHaveCount(0);
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-report')).toBeHidden();
  expect(await visibleActors(page)).toBe(SEED_ACTORS);
});

test('the column dialog turns a column into another field and marks one private', async ({ page }) => {
  await page.getByTestId('open-file').setInputFiles([`${FIXTURES}/acteurs-excel-fr.csv`, `${FIXTURES}/alliances-excel-fr.csv`]);
  await page.getByTestId('import-adjust').click();
  const dialog = page.getByTestId('import-mapping');
  await dialog.getByLabel('Devient : catégorie').selectOption({ label: 'ne pas importer' });
  await expect(dialog.getByLabel('Privée : courriel')).toBeChecked();
  await dialog.getByTestId('import-mapping-apply').click();
  await page.getByTestId('import-report').getByText('Colonnes lues').click();
  await expect(page.getByTestId('import-report')).toContainText('catégorie → ignorée');
  await expect(page.getByTestId('import-report')).toContainText('courriel → attribut « courriel » (privée)');
});

test('a data= URL to a GEXF file on another host opens at once, its report behind a notice', async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`http://127.0.0.1:${HOST_PORT}/fixtures/import/gephi-primer-data.gexf`)}`);
  await expect.poll(() => visibleActors(page)).toBe(4);
  await expect(page.getByTestId('import-notice')).toContainText('GEXF');
  await page.getByTestId('import-show-report').click();
  await expect(page.getByTestId('import-summary')).toHaveText('GEXF : 4 acteurs et 5 alliances lus.');
});
