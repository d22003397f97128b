import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = 'data';

/**
 * Ships every dataset of data/ (not data/schema/) as dist/data/NAME.json, with a stable name, so
 * the built app opens them by relative URL (`?data=data/NAME.json`) from any folder of a host.
 * In development Vite serves data/ from the project root already.
 */
export function bundledDataPlugin(): Plugin {
  return {
    name: 'alliance-map-bundled-data',
    apply: 'build',
    generateBundle() {
      for (const name of readdirSync(DATA_DIR)) {
        if (!name.endsWith('.json')) continue;
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${name}`, source: readFileSync(join(DATA_DIR, name)) });
      }
    },
  };
}
