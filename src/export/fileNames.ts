// Names of exported files: the dataset's title, slugified, and the date of the data.
import type { DataMeta } from '../model/types';

export type ExportKind =
  'png-1' | 'png-2' | 'png-4' | 'svg' | 'json' | 'json-filtered' | 'csv-actors' | 'csv-alliances' | 'gexf' | 'graphml' | 'html';

const SLUG_MAX = 30;

/** `Alliances de Villes au Carré et du Fonds ODD17` → `alliances-de-villes-au-carre` (cut at a word, 30 characters at most). */
export function slugify(text: string, max = SLUG_MAX): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'alliance-map';
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The date in file names: the data's own date (`meta.updated`, as `YYYY-MM-DD`, `YYYY-MM` or
 * `YYYY`), else today's, so two exports of the same data carry the same date.
 */
export function exportDate(meta: Pick<DataMeta, 'updated'>, today: Date = new Date()): string {
  const updated = meta.updated?.trim() ?? '';
  return /^\d{4}(-\d{2}){0,2}$/.test(updated) ? updated : isoDate(today);
}

const SUFFIX: Record<ExportKind, string> = {
  'png-1': '.png',
  'png-2': '-2x.png',
  'png-4': '-4x.png',
  svg: '.svg',
  json: '.json',
  'json-filtered': '-vue-filtree.json',
  'csv-actors': '-acteurs.csv',
  'csv-alliances': '-alliances.csv',
  gexf: '.gexf',
  graphml: '.graphml',
  html: '.html',
};

/** `alliances-de-villes-au-carre-2026-11-29-2x.png`, and so on for each kind of export. */
export function exportFileName(meta: Pick<DataMeta, 'title' | 'updated'>, kind: ExportKind, today?: Date): string {
  return `${slugify(meta.title)}-${exportDate(meta, today)}${SUFFIX[kind]}`;
}
