// Node shapes as Cytoscape.js draws them (its unit polygons, ported from its renderer), as SVG
// path data, and where a line from the centre leaves them (edge ends).
import { num } from './svgTree';

export interface ShapeGeometry {
  /** Unit polygon (x, y pairs in [-1, 1], y down), or null for an ellipse. */
  points: number[] | null;
  /** Corner rounding: 'polygon' for Cytoscape's round-* polygons, 'rectangle' for round-rectangle. */
  round: 'none' | 'polygon' | 'rectangle';
}

function unitNgonPoints(sides: number, rotation: number): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * increment;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  return points;
}

function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((value, i) => value * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  if (minY < -1) for (let i = 1; i < out.length; i += 2) out[i] = (out[i] ?? 0) + (-1 - minY);
  return out;
}

function ngon(sides: number): number[] {
  return fitToSquare(unitNgonPoints(sides, 0));
}

function star5(): number[] {
  const outer = unitNgonPoints(5, 0);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = unitNgonPoints(5, Math.PI / 5).map((value) => value * innerRadius);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i] ?? 0, outer[2 * i + 1] ?? 0, inner[2 * i] ?? 0, inner[2 * i + 1] ?? 0);
  return fitToSquare(points);
}

const DIAMOND = [0, 1, 1, 0, 0, -1, -1, 0];
const TAG = [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1];
const RECTANGLE = [-1, -1, 1, -1, 1, 1, -1, 1];

const POLYGONS: Record<string, number[]> = {
  triangle: ngon(3),
  rectangle: RECTANGLE,
  square: RECTANGLE,
  diamond: DIAMOND,
  pentagon: ngon(5),
  hexagon: ngon(6),
  heptagon: ngon(7),
  octagon: ngon(8),
  star: star5(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  tag: TAG,
};

/** The geometry of a Cytoscape node shape name; unknown names draw as an ellipse, as Cytoscape does. */
export function shapeGeometry(shape: string): ShapeGeometry {
  if (shape === 'round-rectangle' || shape === 'roundrectangle') return { points: RECTANGLE, round: 'rectangle' };
  if (shape.startsWith('round-')) {
    const base = POLYGONS[shape.slice('round-'.length)];
    if (base) return { points: base, round: 'polygon' };
  }
  const points = POLYGONS[shape === 'concavehexagon' ? 'concave-hexagon' : shape];
  return points ? { points, round: 'none' } : { points: null, round: 'none' };
}

/** Polygon corners at (cx, cy) for a node of the given diameter, grown or shrunk by `offset` units. */
function corners(points: number[], cx: number, cy: number, size: number, offset: number): Array<[number, number]> {
  const half = size / 2 + offset;
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push([cx + half * (points[i] ?? 0), cy + half * (points[i + 1] ?? 0)]);
  return out;
}

function roundedPath(vertices: Array<[number, number]>, radius: number): string {
  const n = vertices.length;
  let path = '';
  for (let i = 0; i < n; i++) {
    const previous = vertices[(i + n - 1) % n] ?? [0, 0];
    const current = vertices[i] ?? [0, 0];
    const next = vertices[(i + 1) % n] ?? [0, 0];
    const inLength = Math.hypot(current[0] - previous[0], current[1] - previous[1]) || 1;
    const outLength = Math.hypot(next[0] - current[0], next[1] - current[1]) || 1;
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const from: [number, number] = [
      current[0] + ((previous[0] - current[0]) * r) / inLength,
      current[1] + ((previous[1] - current[1]) * r) / inLength,
    ];
    const to: [number, number] = [
      current[0] + ((next[0] - current[0]) * r) / outLength,
      current[1] + ((next[1] - current[1]) * r) / outLength,
    ];
    path += `${i === 0 ? 'M' : 'L'}${num(from[0])},${num(from[1])}Q${num(current[0])},${num(current[1])} ${num(to[0])},${num(to[1])}`;
  }
  return `${path}Z`;
}

/**
 * SVG path data of a node shape centred on (cx, cy) with the given diameter; `offset` grows
 * (positive) or shrinks (negative) the outline, for double borders.
 */
export function shapePath(shape: string, cx: number, cy: number, size: number, offset = 0): string {
  const geometry = shapeGeometry(shape);
  if (!geometry.points) {
    const r = Math.max(0, size / 2 + offset);
    return `M${num(cx - r)},${num(cy)}A${num(r)},${num(r)} 0 1 0 ${num(cx + r)},${num(cy)}A${num(r)},${num(r)} 0 1 0 ${num(cx - r)},${num(cy)}Z`;
  }
  const vertices = corners(geometry.points, cx, cy, size, offset);
  if (geometry.round === 'rectangle') return roundedPath(vertices, Math.min(size / 4, 8));
  if (geometry.round === 'polygon') return roundedPath(vertices, Math.min(size / 10, 8));
  return `M${vertices.map(([x, y]) => `${num(x)},${num(y)}`).join('L')}Z`;
}

/**
 * Where the ray from the node's centre towards (tx, ty) leaves its outline: the end point of an
 * edge. Falls back on the centre when the target is the centre itself.
 */
export function boundaryPoint(shape: string, cx: number, cy: number, size: number, tx: number, ty: number): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [cx, cy];
  const ux = dx / length;
  const uy = dy / length;
  const geometry = shapeGeometry(shape);
  const half = size / 2;
  if (!geometry.points) return [cx + ux * half, cy + uy * half];
  const vertices = corners(geometry.points, 0, 0, size, 0);
  let best = Infinity;
  for (let i = 0; i < vertices.length; i++) {
    const [ax, ay] = vertices[i] ?? [0, 0];
    const [bx, by] = vertices[(i + 1) % vertices.length] ?? [0, 0];
    const ex = bx - ax;
    const ey = by - ay;
    const denominator = ux * ey - uy * ex;
    if (Math.abs(denominator) < 1e-12) continue;
    const t = (ax * ey - ay * ex) / denominator; // distance along the ray
    const s = (ax * uy - ay * ux) / denominator; // position along the side
    if (t >= 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
  }
  if (!Number.isFinite(best)) best = half;
  return [cx + ux * best, cy + uy * best];
}
