// Dates as spreadsheets hold them: `2021`, `05/2021`, `12/05/2021`, `2021-05`, `2021-05-12`,
// `mai 2021`, `mai-21` (what French Excel makes of `2021-05`), and workbook date cells (ISO text).
import { normalizeText } from '../../search/normalize';
import { cellText } from './text';

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
];
NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

/** A date read: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type DataDate = string;

const pad = (value: number): string => String(value).padStart(2, '0');

function fullYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  const century = year <= (new Date().getFullYear() % 100) + 20 ? 2000 : 1900;
  return century + year;
}

function make(year: number, month?: number, day?: number): DataDate | null {
  if (year < 1000 || year > 9999) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The date a cell holds, or null when it is not one of the forms above. */
export function parseDate(cell: unknown): DataDate | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? make(cell) : null;
  const text = cellText(cell);
  let match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T[\d:.]+Z?)?$/.exec(text);
  if (match) return make(Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined);
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(text); // 05/2021
  if (match) return make(Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text); // 12/05/2021, day first as in France
  if (match?.[3]) return make(fullYear(Number(match[3]), match[3].length), Number(match[2]), Number(match[1]));
  const words = normalizeText(text).split(' ');
  if (words.length === 2 || words.length === 3) {
    const [first, second, third] = words as [string, string, string?];
    const dayFirst = third !== undefined && /^\d{1,2}$/.test(first);
    const monthWord = dayFirst ? second : first;
    const yearWord = dayFirst ? third : second;
    const month = MONTHS[monthWord.replace(/\.$/, '')];
    if (month && yearWord && /^(\d{4}|\d{2})$/.test(yearWord) && (third === undefined || dayFirst))
      return make(fullYear(Number(yearWord), yearWord.length), month, dayFirst ? Number(first) : undefined);
  }
  return null;
}

/** A date kept to the month at most (alliances' `start` and `end`): `2021-05-12` → `2021-05`. */
export function toMonth(date: DataDate): DataDate {
  return date.slice(0, 7);
}
