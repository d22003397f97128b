import { describe, expect, it } from 'vitest';
import { sameProps } from '../../src/ui/filters/sameProps';

describe('a filter section re-renders only when what it shows changes (sameProps)', () => {
  const toggle = () => undefined;
  const counts = new Map([[13, { actors: 4, alliances: 2 }]]);

  it('takes a selection read again from the URL (a new array, the same goals) as the same', () => {
    expect(sameProps({ selected: [13, 17], counts, onToggle: toggle }, { selected: [13, 17], counts, onToggle: toggle })).toBe(true);
  });

  it('re-renders for another selection, other counts, another handler or another language', () => {
    const before = { selected: [13], counts, lang: 'fr', onToggle: toggle };
    expect(sameProps(before, { ...before, selected: [13, 17] })).toBe(false);
    expect(sameProps(before, { ...before, selected: [17] })).toBe(false);
    expect(sameProps(before, { ...before, counts: new Map(counts) })).toBe(false);
    expect(sameProps(before, { ...before, onToggle: () => undefined })).toBe(false);
    expect(sameProps(before, { ...before, lang: 'en' })).toBe(false);
    expect(sameProps(before, { selected: [13], counts, lang: 'fr' } as typeof before)).toBe(false);
  });
});
