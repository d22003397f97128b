import { describe, expect, it } from 'vitest';
import { frameShift, shiftCss } from './snapshotMoves';

const apply = (shift: { scale: number; x: number; y: number }, p: { x: number; y: number }) => ({
  x: shift.scale * p.x + shift.x,
  y: shift.scale * p.y + shift.y,
});

describe('frameShift: the drawn frame moved to where the camera now shows it', () => {
  it('is a translation for a drag', () => {
    const shift = frameShift({ x: 10, y: 20 }, { x: 110, y: 120 }, { x: 40, y: 15 }, { x: 140, y: 115 });
    expect(shift).toEqual({ scale: 1, x: 30, y: -5 });
  });

  it('scales about the point under the pointer for a wheel zoom', () => {
    // Zooming ×2 about (300, 200): that point stays, the others double their distance to it.
    const about = { x: 300, y: 200 };
    const zoom = (p: { x: number; y: number }) => ({ x: about.x + 2 * (p.x - about.x), y: about.y + 2 * (p.y - about.y) });
    const a = { x: 100, y: 50 };
    const b = { x: 500, y: 450 };
    const shift = frameShift(a, b, zoom(a), zoom(b))!;
    expect(shift.scale).toBeCloseTo(2);
    expect(apply(shift, about).x).toBeCloseTo(300);
    expect(apply(shift, about).y).toBeCloseTo(200);
    expect(apply(shift, { x: 0, y: 0 })).toEqual(zoom({ x: 0, y: 0 }));
    expect(shiftCss(shift)).toBe(`matrix(2, 0, 0, 2, ${shift.x}, ${shift.y})`);
  });

  it('is none for a turn or points that coincide (the map is then drawn again)', () => {
    expect(frameShift({ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 100 })).toBeNull();
    expect(frameShift({ x: 5, y: 5 }, { x: 5, y: 5 }, { x: 0, y: 0 }, { x: 1, y: 1 })).toBeNull();
  });
});
