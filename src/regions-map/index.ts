export * from './regionShapes';
export { FRANCE_REGIONS_MAP, FRANCE_DEPARTMENT_PATHS, OVERSEAS_REGION_CODES, type FranceRegionsMap, type MapRegion } from './franceRegions';
export { FRANCE_MAP_VIEW_BOX } from './frame';
export { FRANCE_MAP_CREDIT, FRANCE_MAP_SOURCE } from './credit';
