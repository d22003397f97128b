// Numbers and amounts as French and English spreadsheets write them: `20 000 €`, `20 000,50`,
// `1 234,5`, `20,000.50`, `20k€`, `1,5 M€`, `12.5`.
import { cellText } from './text';

const CURRENCIES: Array<[RegExp, string]> = [
  [/€|\beur\b|\beuros?\b/i, 'EUR'],
  [/\$|\busd\b|\bdollars?\b/i, 'USD'],
  [/£|\bgbp\b/i, 'GBP'],
  [/\bchf\b/i, 'CHF'],
];

/** A plain number written with French or English separators, or null. */
export function parseNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  let text = cellText(cell).replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return null;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))
    text = text.replace(/,/g, ''); // 20,000.50
  else if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))
    text = text.replace(/\./g, '').replace(',', '.'); // 20.000,50
  else text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export interface Amount {
  amount: number;
  currency?: string;
}

/** An amount with its currency sign or code, if any: `20 000 €` → 20000 EUR; `20k€` → 20000 EUR. */
export function parseAmount(cell: unknown): Amount | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { amount: cell } : null;
  const text = cellText(cell);
  if (text === '') return null;
  const found = CURRENCIES.find(([pattern]) => pattern.test(text));
  let rest = found ? text.replace(found[0], ' ') : text;
  let scale = 1;
  const suffix = /\s*(k|m|md|mds|millions?|milliards?|thousand|million|billion)\s*$/i.exec(rest);
  if (suffix?.[1]) {
    const unit = suffix[1].toLowerCase();
    scale = unit === 'k' || unit === 'thousand' ? 1e3 : unit === 'm' || unit.startsWith('million') ? 1e6 : 1e9;
    rest = rest.slice(0, suffix.index);
  }
  const value = parseNumber(rest);
  if (value === null) return null;
  const amount = Math.round(value * scale * 100) / 100;
  return found ? { amount, currency: found[1] } : { amount };
}
