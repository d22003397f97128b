import { readDataFrom } from './load/dataOrigin';

/** The dataset the app opens when the URL names none; a publish build may set another. */
export const DEFAULT_DATA_URL: string = import.meta.env.VITE_DEFAULT_DATA ?? 'data/odd17-villes-au-carre.json';

/** The origins besides its own that this build opens `data=` files from; null: any (the default). */
export const DATA_FROM: readonly string[] | null = readDataFrom(import.meta.env.VITE_DATA_FROM);
