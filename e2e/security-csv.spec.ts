import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../test/unit/helpers/csv';
import { exportFile, mapView, readDataFile } from './helpers';

// Issue 15, finding 6: text cells that a spreadsheet could run as formulas, with ";" inside (French
// Excel splits on ";"), reach the CSV as quoted text; numbers stay numbers.
const FIXTURE = 'test/fixtures/security/csv-formulas.json';
const fixture = readDataFile(FIXTURE);
const FORMULA = /^[=+\-@\t\r]/;

for (const [kind, testId] of [
  ['actors', 'export-csv-actors'],
  ['alliances', 'export-csv-alliances'],
] as const) {
  test(`the ${kind} CSV of a file full of formulas holds no cell a spreadsheet would run`, async ({ page }, testInfo) => {
    await page.goto(`./?data=/fixtures/security/csv-formulas.json`);
    await mapView(page);
    const text = readFileSync((await exportFile(page, testInfo, testId)).path, 'utf8').slice(1);
    // Every text cell is quoted, the header too; a number is not.
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toMatch(/^"id";"/);
    for (const separator of [',', ';']) {
      const cells = parseCsv(text, separator).flat();
      const live = cells.filter((cell) => FORMULA.test(cell) && !/^-?\d+([.,]\d+)?$/.test(cell));
      expect(live, `cells read with "${separator}" as the separator`).toEqual([]);
    }
    // The French interface writes ";" between cells, as French Excel reads them.
    const rows = parseCsv(text, ';');
    const records = kind === 'actors' ? fixture.nodes : fixture.edges;
    expect(rows).toHaveLength(records.length + 1);
    // The text survives whole (behind its apostrophe), ";" and all.
    const descriptionColumn = rows[0]?.indexOf('description') ?? -1;
    for (const record of records) {
      const row = rows.find((candidate) => candidate[0] === record.id);
      const shown = row?.[descriptionColumn] ?? '';
      expect(shown.replace(/^'/, '')).toBe(record.description);
    }
    if (kind === 'actors') {
      const byId = new Map(rows.map((row) => [row[0], row]));
      // "-120,5" is a number for a French spreadsheet: no apostrophe.
      expect(byId.get('fondation-arobase')?.[3]).toBe('-120,5');
      expect(text).toContain('"fondation-arobase";"\'@SOMME(1;2)";"funder";"-120,5"');
      // A negative coordinate is written as a number, unquoted, with a decimal comma.
      expect(text).toContain(';-120,5;40;');
    }
  });
}
