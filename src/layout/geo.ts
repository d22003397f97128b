// The geographic arrangement: each actor in its region on the map of France, overseas regions as
// labelled insets on the left, national actors (and those without a territory) in a band on the
// right. Pure and deterministic; it loads the department shapes (src/regions-map/), so the app
// imports it on demand.
import { NATIONAL_SCOPE, scopeByCode } from '../domain/regions';
import type { Lang } from '../domain/types';
import type { AllianceGraph } from '../model/graph';
import { FRANCE_REGIONS_MAP, OVERSEAS_REGION_CODES, parseViewBox } from '../regions-map';
import { THEME } from '../view/theme';
import type { Backdrop, BackdropBox, Point, Positions } from '../view/types';

/** Model units per unit of the map's viewBox (613 × 585): a region holds a cluster of a dozen actors. */
export const GEO_SCALE = 3;
/** The spiral of a cluster: the n-th actor at CLUSTER_STEP × √n from the centre. */
const CLUSTER_STEP = 52;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** The grid of the band on the right. */
const BAND_CELL = 120;
const INSET = { width: 300, height: 230, gap: 50 };
/** Between the map and the insets or the band, and above a box for its label. */
const MARGIN = 90;
const LABEL_ROOM = 44;

export interface GeoWords {
  national: string;
  noRegion: string;
}

export interface GeoArrangement {
  positions: Positions;
  backdrop: Backdrop;
  /**
   * The most connected actor of each region, inset and box: the labels kept at the zoom that shows
   * all of France (a dozen actors in one region have no room for a dozen labels there).
   */
  labelLeaders: ReadonlySet<string>;
}

/** Where an actor goes: the first code of its `regions` (a region, `FR`), or nowhere. */
function placeOf(regions: readonly string[] | undefined): string {
  const first = regions?.find((code) => scopeByCode(code) !== undefined);
  return first ?? 'none';
}

/** Actors spiral out from a centre, the most connected at the middle. */
function spiral(ids: readonly string[], centre: Point, positions: Positions): void {
  ids.forEach((id, index) => {
    const radius = CLUSTER_STEP * Math.sqrt(index);
    const angle = index * GOLDEN_ANGLE;
    positions[id] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}

/** Actors in rows in a box whose top-left corner is given; returns the box. */
function grid(ids: readonly string[], left: number, top: number, label: string, positions: Positions): BackdropBox {
  const columns = Math.max(2, Math.ceil(Math.sqrt(ids.length / 2)));
  const rows = Math.max(1, Math.ceil(ids.length / columns));
  ids.forEach((id, index) => {
    positions[id] = {
      x: left + BAND_CELL * (0.5 + (index % columns)),
      y: top + LABEL_ROOM + BAND_CELL * (0.5 + Math.floor(index / columns)),
    };
  });
  return { x: left, y: top, width: columns * BAND_CELL, height: LABEL_ROOM + rows * BAND_CELL, label };
}

export function geoArrangement(graph: AllianceGraph, lang: Lang, words: GeoWords): GeoArrangement {
  const groups = new Map<string, string[]>();
  graph.forEachNode((id, actor) => {
    const place = placeOf(actor.regions);
    const list = groups.get(place);
    if (list) list.push(id);
    else groups.set(place, [id]);
  });
  for (const list of groups.values()) list.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));

  const positions: Positions = {};
  const view = parseViewBox(FRANCE_REGIONS_MAP.viewBox);
  const fills = THEME.geo.regionFills;
  const shapes = FRANCE_REGIONS_MAP.regions.flatMap((region, index) => {
    const centre = { x: (region.label.x - view.x) * GEO_SCALE, y: (region.label.y - view.y) * GEO_SCALE };
    spiral(groups.get(region.code) ?? [], centre, positions);
    return region.departments.map((department) => ({ d: department.path, fill: fills[index % fills.length] ?? fills[0]! }));
  });

  const boxes: BackdropBox[] = OVERSEAS_REGION_CODES.map((code, index) => {
    const box = {
      x: -MARGIN - INSET.width,
      y: index * (INSET.height + INSET.gap),
      width: INSET.width,
      height: INSET.height,
      label: scopeByCode(code)?.[lang] ?? code,
    };
    spiral(groups.get(code) ?? [], { x: box.x + box.width / 2, y: box.y + (box.height + LABEL_ROOM) / 2 }, positions);
    return box;
  });

  const bandLeft = view.width * GEO_SCALE + MARGIN;
  const national = grid(groups.get(NATIONAL_SCOPE) ?? [], bandLeft, 0, words.national, positions);
  boxes.push(national);
  const unplaced = groups.get('none') ?? [];
  if (unplaced.length > 0) boxes.push(grid(unplaced, bandLeft, national.height + INSET.gap, words.noRegion, positions));

  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(view.height * GEO_SCALE, ...boxes.map((box) => box.y + box.height));
  const labelLeaders = new Set([...groups.values()].flatMap((ids) => ids.slice(0, 1)));
  return {
    positions,
    labelLeaders,
    backdrop: {
      shapes,
      transform: { x: -view.x * GEO_SCALE, y: -view.y * GEO_SCALE, scale: GEO_SCALE },
      boxes,
      bounds: { x1: -MARGIN - INSET.width, y1: 0, x2: right, y2: bottom },
    },
  };
}
