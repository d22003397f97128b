import type { DataFile } from './types';

/**
 * The file without the attributes its `meta.private` names (an e-mail, a phone number…): a
 * publish build ships this, so they never reach a visitor's browser. A private name is removed
 * from every actor and alliance, both as a field and inside `attributes`; `meta.private` itself
 * is kept, so the published file still says what was withheld.
 */
export function stripPrivate(file: DataFile): DataFile {
  const names = new Set(file.meta.private ?? []);
  if (names.size === 0) return file;
  const strip = <T extends object>(record: T): T => {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record) as Array<[string, unknown]>) {
      if (names.has(key)) continue;
      copy[key] =
        key === 'attributes' && value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([name]) => !names.has(name)))
          : value;
    }
    return copy as T;
  };
  return { ...file, nodes: file.nodes.map(strip), edges: file.edges.map(strip) };
}
