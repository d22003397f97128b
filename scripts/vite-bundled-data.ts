import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = 'data';

/**
 * Ships the datasets as dist/data/NAME.json, with stable names, so the built app opens them by
 * relative URL (`?data=data/NAME.json`) from any folder of a host. By default every dataset of
 * data/ (not data/schema/); in a publish build (ALLIANCE_MAP_DATA_FILE, set by scripts/build.ts)
 * only the published file, already stripped of its private attributes.
 * In development Vite serves data/ from the project root already.
 */
export function bundledDataPlugin(): Plugin {
  return {
    name: 'alliance-map-bundled-data',
    apply: 'build',
    generateBundle() {
      const published = process.env.ALLIANCE_MAP_DATA_FILE;
      const files = published
        ? [published]
        : readdirSync(DATA_DIR)
            .filter((name) => name.endsWith('.json'))
            .map((name) => join(DATA_DIR, name));
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${basename(file)}`, source: readFileSync(file) });
      }
    },
  };
}
