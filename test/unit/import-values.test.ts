import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/import/values/dates';
import { recogniseRegion, recogniseSdg, recogniseSupport } from '../../src/import/values/domain';
import { parseAmount, parseNumber } from '../../src/import/values/numbers';
import { cellText, listItems } from '../../src/import/values/text';
import { fieldOfColumn } from '../../src/import/fields';
import { detectSeparator } from '../../src/import/read/csv';

describe('values as spreadsheets write them', () => {
  it('dates', () => {
    expect(['2021', '05/2021', '12/05/2021', '2021-05', 'mai 2021', 'mai-21', 'May 2021'].map(parseDate)).toEqual([
      '2021',
      '2021-05',
      '2021-05-12',
      '2021-05',
      '2021-05',
      '2021-05',
      '2021-05',
    ]);
    expect(parseDate('bientôt')).toBeNull();
  });
  it('amounts and numbers', () => {
    expect(parseAmount('20 000 €')).toEqual({ amount: 20000, currency: 'EUR' });
    expect(parseAmount('20 000,50')).toEqual({ amount: 20000.5 });
    expect(parseAmount('1,5 M€')).toEqual({ amount: 1500000, currency: 'EUR' });
    expect(parseNumber('-12,5')).toBe(-12.5);
    expect(parseNumber('douze')).toBeNull();
  });
  it('regions, SDGs and support forms by their names', () => {
    expect(recogniseRegion('Poitou-Charentes')?.value).toBe('75');
    expect(recogniseRegion('4')?.value).toBe('04');
    expect(recogniseRegion('france')?.value).toBe('FR');
    expect(['13', 'ODD 13', 'SDG13', 'Climate Action'].map((text) => recogniseSdg(text)?.value)).toEqual([13, 13, 13, 13]);
    expect(recogniseSupport('financement')?.value).toBe('direct-funding');
    expect(listItems('ODD 13 ; ODD 17')).toEqual(['ODD 13', 'ODD 17']);
    expect(listItems('13, 17')).toEqual(['13', '17']);
  });
  it("takes off the ' an export puts before a formula-like text", () => {
    expect(cellText("'=1+1")).toBe('=1+1');
    expect(cellText("'l'été")).toBe("'l'été");
  });
  it('columns in French and English, whatever the case and accents', () => {
    expect(fieldOfColumn('alliances', 'Forme de soutien')).toBe('support');
    expect(fieldOfColumn('alliances', 'Montant (€)')).toBe('amount');
    expect(fieldOfColumn('actors', 'REGION')).toBe('regions');
    expect(fieldOfColumn('actors', 'Date de création')).toBe('founded');
    expect(detectSeparator('nom;type;"a,b"\r\n')).toBe(';');
    expect(detectSeparator('name,kind\n')).toBe(',');
  });
});
