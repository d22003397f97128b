import { describe, expect, it } from 'vitest';
import { SDGS } from '../../src/domain/sdgs';
import { contrastRatio, textOn } from '../../src/view/contrast';

describe('SDG numbers on their UN colours', () => {
  it('reads at WCAG AA for small text (4.5:1) on every goal', () => {
    const ratios = SDGS.map((sdg) => ({ number: sdg.number, ratio: contrastRatio(sdg.colour, textOn(sdg.colour)) }));
    expect(ratios.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
  });

  it('writes SDG 11 (orange, 2.1:1 with white) in dark text', () => {
    const orange = SDGS.find((sdg) => sdg.number === 11)?.colour ?? '';
    expect(contrastRatio(orange, '#ffffff')).toBeLessThan(2.5);
    expect(textOn(orange)).not.toBe('#ffffff');
  });

  it('measures the known extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});
