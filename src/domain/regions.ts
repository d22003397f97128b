import type { Names } from './types';
// Official list: INSEE Code officiel géographique through @etalab/decoupage-administratif
// (data under Licence Ouverte). Imported as JSON: the package's index.js reads files relative to
// the working directory and fails in a bundle.
import etalabRegions from '@etalab/decoupage-administratif/data/regions.json';

export interface Region extends Names {
  code: string;
  zone: 'metropolitan' | 'overseas' | 'national';
}

/** The national scope: actors working across France rather than in one region. */
export const NATIONAL_SCOPE = 'FR';

// English exonyms where English usage differs from the official French name.
const ENGLISH_NAMES: Record<string, string> = {
  '03': 'French Guiana',
  '04': 'Réunion',
  '28': 'Normandy',
  '53': 'Brittany',
  '93': "Provence-Alpes-Côte d'Azur",
  '94': 'Corsica',
};

interface EtalabRegion {
  code: string;
  nom: string;
  zone: string;
}

export const REGIONS: readonly Region[] = (etalabRegions as EtalabRegion[])
  .filter((region) => region.zone !== 'com')
  .map((region) => ({
    code: region.code,
    fr: region.nom,
    en: ENGLISH_NAMES[region.code] ?? region.nom,
    zone: region.zone === 'metro' ? 'metropolitan' : 'overseas',
  }));

export const NATIONAL: Region = { code: NATIONAL_SCOPE, fr: 'National (France entière)', en: 'National (all of France)', zone: 'national' };

/** Regions then the national scope: every value a `regions` list may hold. */
export const SCOPES: readonly Region[] = [...REGIONS, NATIONAL];

const SCOPE_BY_CODE = new Map(SCOPES.map((scope) => [scope.code, scope]));

export function scopeByCode(code: string): Region | undefined {
  return SCOPE_BY_CODE.get(code);
}

export function isScopeCode(value: unknown): value is string {
  return typeof value === 'string' && SCOPE_BY_CODE.has(value);
}
