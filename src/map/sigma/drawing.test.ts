import { describe, expect, it } from 'vitest';
import { sdgByNumber } from '../../domain/sdgs';
import { readingColour } from '../../view/stated';
import { THEME } from '../../view/theme';
import { importantLabelCount, labelLevel } from '../labelRules';
import { dashSlots } from './dashSlots';
import { drawnWhile } from './edgeSwitch';
import { labelDrawers, wrapLabel } from './labels';
import { ringSegments, sdgRing, SDG_RGB_TABLE } from './sdgRing';

const colour = (sdg: number) => sdgByNumber(sdg)?.colour ?? '';

describe('the SDG ring of the WebGL mode', () => {
  it('has one segment per goal, in the goals’ order, and knows which rest on readings', () => {
    const ring = sdgRing({ sdgs: [3, 13, 17], sdgColours: [colour(3), readingColour(colour(13)), colour(17)] });
    expect(ring).toEqual({ sdgMask: 2 ** 2 + 2 ** 12 + 2 ** 16, sdgReading: 2 ** 12 });
    expect(ringSegments(ring.sdgMask)).toBe(3);
    const none = sdgRing({ sdgs: [], sdgColours: [] });
    expect(none).toEqual({ sdgMask: 0, sdgReading: 0 });
    expect(ringSegments(none.sdgMask)).toBe(0);
  });

  it('draws at most Cytoscape’s 16 segments', () => {
    const all = Array.from({ length: 17 }, (_, index) => index + 1);
    const ring = sdgRing({ sdgs: all, sdgColours: all.map(colour) });
    expect(ringSegments(ring.sdgMask)).toBe(16);
    expect(ring.sdgMask).toBe(2 ** 16 - 1);
  });

  it('takes the colours of the domain’s goals', () => {
    expect(SDG_RGB_TABLE).toHaveLength(17 * 3);
    // Goal 13, #3F7E44.
    expect([...SDG_RGB_TABLE.slice(36, 39)].map((value) => Math.round(value * 255))).toEqual([0x3f, 0x7e, 0x44]);
  });
});

describe('the dash patterns of the WebGL mode', () => {
  it('fills the shader’s six slots as canvas’ setLineDash reads a pattern', () => {
    expect(dashSlots([])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(dashSlots(THEME.supportForms.networks.dashPattern)).toEqual([12, 4, 2, 4, 0, 0]);
    expect(dashSlots([6, 3, 2, 3, 2, 3])).toEqual([6, 3, 2, 3, 2, 3]);
    expect(dashSlots([5])).toEqual([5, 5, 0, 0, 0, 0]);
  });
});

describe('the label rules both drawings follow', () => {
  const screen = { zoom: 0.5, presenting: false, leaders: null };

  it('hides labels too small to read, except the most important, enlarged to stay readable', () => {
    expect(labelLevel({ id: 'a', fontSize: 16, labelRank: 50 }, screen, 10)).toEqual({ hidden: true, enlargedFont: undefined });
    expect(labelLevel({ id: 'a', fontSize: 16, labelRank: 2 }, screen, 10)).toEqual({ hidden: false, enlargedFont: 24 });
    expect(labelLevel({ id: 'a', fontSize: 16, labelRank: 50 }, { ...screen, zoom: 1 }, 10)).toEqual({
      hidden: false,
      enlargedFont: undefined,
    });
    expect(labelLevel({ id: 'a', fontSize: 16, labelRank: 2 }, { ...screen, leaders: new Set(['b']) }, 10).hidden).toBe(true);
  });

  it('keeps fewer important labels in presentation, more on a wide screen', () => {
    expect(importantLabelCount({ width: 1280, height: 800, presenting: false })).toBe(37);
    expect(importantLabelCount({ width: 390, height: 700, presenting: false })).toBe(6);
    expect(importantLabelCount({ width: 1280, height: 800, presenting: true })).toBe(9);
  });

  it('wraps a label at spaces, a longer word whole', () => {
    const context = { measureText: (text: string) => ({ width: text.length * 10 }) as TextMetrics };
    expect(wrapLabel(context, 'Fonds  Mobilité douce Corse', 120)).toEqual(['Fonds', 'Mobilité', 'douce Corse']);
    expect(wrapLabel(context, 'Anticonstitutionnellement', 50)).toEqual(['Anticonstitutionnellement']);
  });

  it('draws no label before it knows the screen (sigma’s frame as it is made), then the rules’ ones', () => {
    const drawn: string[] = [];
    const context = {
      measureText: (text: string) => ({ width: text.length * 7 }) as TextMetrics,
      strokeText: () => undefined,
      fillText: (text: string) => drawn.push(text),
    } as unknown as CanvasRenderingContext2D;
    const state = { width: 0, height: 0, zoom: 1, presenting: false, leaders: null, important: 0 };
    const { drawLabel } = labelDrawers(state);
    const actor = { key: 'a', x: 0, y: 0, size: 10, label: 'Villes au Carré', color: '#000', fontSize: 16, labelRank: 5 };
    const settings = { labelFont: 'sans-serif', labelWeight: '400' };
    drawLabel(context, actor, settings);
    expect(drawn).toEqual([]);
    Object.assign(state, { width: 1280, height: 800, important: 37 });
    drawLabel(context, actor, settings);
    expect(drawn).toEqual(['Villes au Carré']);
  });
});

describe('the switch that leaves the alliances out while positions stream', () => {
  it('draws the program only while it says so, and asks again at every frame', () => {
    class Recorder {
      frames = 0;
      render(): void {
        this.frames += 1;
      }
    }
    let drawn = true;
    const Switched = drawnWhile(Recorder as unknown as Parameters<typeof drawnWhile>[0], () => drawn);
    const program = new (Switched as unknown as new () => Recorder)();
    program.render();
    drawn = false;
    program.render();
    program.render();
    drawn = true;
    program.render();
    expect(program.frames).toBe(2);
  });
});
