// The meta of an imported map: what a graph file carries (an Alliance Map export writes its whole
// meta; Gephi a title or description), else a title from the file's name.
import { isRecord } from '../model/isRecord';
import type { DataMeta } from '../model/types';
import type { RawImport } from './types';

const TEXT_KEYS = ['description', 'lang', 'updated', 'license'] as const;

function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
  return base.replace(/[-_]+/g, ' ').trim() || 'Carte importée';
}

export function importedMeta(raw: Pick<RawImport, 'meta' | 'files'>): DataMeta {
  const source = raw.meta ?? {};
  const title = typeof source.title === 'string' && source.title.trim() !== '' ? source.title : titleFromFileName(raw.files[0] ?? '');
  const meta: DataMeta = { title };
  for (const key of TEXT_KEYS) if (typeof source[key] === 'string') meta[key] = source[key];
  if (Array.isArray(source.sources)) meta.sources = source.sources as DataMeta['sources'];
  if (isRecord(source.kinds)) meta.kinds = source.kinds as DataMeta['kinds'];
  if (isRecord(source.relations)) meta.relations = source.relations as DataMeta['relations'];
  if (Array.isArray(source.private)) meta.private = source.private.filter((name): name is string => typeof name === 'string');
  return meta;
}
