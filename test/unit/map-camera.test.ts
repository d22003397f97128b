import { describe, expect, it } from 'vitest';
import { centredClear, fitView, sameView, urlCamera, viewAfterKey, viewportOf } from '../../src/map/camera';

const limits = { min: 0.05, max: 6 };

describe('the camera both drawings share', () => {
  it('frames a box clear of the insets, at most the given zoom', () => {
    const view = fitView({ x1: 0, y1: 0, x2: 1000, y2: 500 }, { width: 1100, height: 700 }, 50, { top: 0, right: 0 }, limits, 1.3);
    expect(view).toEqual({ x: 500, y: 250, zoom: 1 });
    expect(fitView({ x1: 0, y1: 0, x2: 10, y2: 10 }, { width: 1100, height: 700 }, 50, {}, limits, 1.3).zoom).toBe(1.3);
    const inset = fitView({ x1: 0, y1: 0, x2: 1000, y2: 500 }, { width: 1300, height: 700 }, 50, { top: 0, right: 200 }, limits, 1.3);
    expect(inset.zoom).toBe(1);
    // The box's centre shows at the centre of the free area, 100 px left of the map's centre.
    expect(inset.x).toBe(600);
  });

  it("never zooms out past the drawing's limit, however large the map", () => {
    expect(fitView({ x1: 0, y1: 0, x2: 1e6, y2: 1e6 }, { width: 800, height: 600 }, 40, {}, limits).zoom).toBe(0.05);
  });

  it('centres a point in the free area beside a panel', () => {
    const view = centredClear({ x: 10, y: 20 }, 2, { width: 1000, height: 600 }, { left: 200 });
    // The free area's centre is 100 px right of the map's: the map's centre is 50 model units left of the point.
    expect(view).toEqual({ x: -40, y: 20, zoom: 2 });
  });

  it('gives the model rectangle on screen', () => {
    expect(viewportOf({ x: 0, y: 0, zoom: 2 }, { width: 800, height: 400 })).toEqual({
      x1: -200,
      y1: -100,
      x2: 200,
      y2: 100,
      widthPx: 800,
      heightPx: 400,
      zoom: 2,
    });
  });

  it('rounds the camera the URL holds', () => {
    expect(urlCamera({ x: 200.345, y: -1.26, zoom: 1.23456 })).toEqual({ x: 200.3, y: -1.3, zoom: 1.235 });
  });

  it('moves with the keys: arrows by 60 screen pixels whatever the zoom, + and - about the centre', () => {
    const view = { x: 100, y: 100, zoom: 2 };
    expect(viewAfterKey('ArrowLeft', view)).toEqual({ x: 70, y: 100, zoom: 2 });
    expect(viewAfterKey('ArrowRight', view)).toEqual({ x: 130, y: 100, zoom: 2 });
    expect(viewAfterKey('ArrowUp', view)).toEqual({ x: 100, y: 70, zoom: 2 });
    expect(viewAfterKey('ArrowDown', view)).toEqual({ x: 100, y: 130, zoom: 2 });
    expect(viewAfterKey('+', view)).toEqual({ x: 100, y: 100, zoom: 2.5 });
    expect(viewAfterKey('=', view)?.zoom).toBe(2.5);
    expect(viewAfterKey('-', view)?.zoom).toBe(1.6);
    expect(viewAfterKey('a', view)).toBeNull();
  });

  it('tells a view from one a pixel away, not from a rounding error', () => {
    const view = { x: 100, y: 100, zoom: 2 };
    expect(sameView(view, { x: 100.001, y: 100, zoom: 2 })).toBe(true);
    expect(sameView(view, { x: 100.5, y: 100, zoom: 2 })).toBe(false);
    expect(sameView(view, { x: 100, y: 100, zoom: 2.01 })).toBe(false);
  });
});
