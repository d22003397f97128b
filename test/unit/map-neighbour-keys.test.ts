import { describe, expect, it } from 'vitest';
import { nearestActor, partnerInDirection, visiblePartners } from '../../src/map/neighbourKeys';
import type { Appearance } from '../../src/view/appearance';

const alliance = (id: string, source: string, target: string) => ({
  id,
  source,
  target,
  colour: '#000',
  width: 1,
  lineStyle: 'solid' as const,
  dashPattern: [],
  directed: true,
});

describe('arrow keys between partners on the map', () => {
  // a in the middle; b right, c above and a little right, d far left, e below-left.
  const from = { x: 0, y: 0 };
  const partners = [
    { id: 'b', at: { x: 100, y: 10 } },
    { id: 'c', at: { x: 30, y: -80 } },
    { id: 'd', at: { x: -300, y: 20 } },
    { id: 'e', at: { x: -60, y: 90 } },
  ];

  it('goes to the partner that lies in the direction of the arrow', () => {
    expect(partnerInDirection('ArrowRight', from, partners)).toBe('b');
    expect(partnerInDirection('ArrowUp', from, partners)).toBe('c');
    expect(partnerInDirection('ArrowLeft', from, partners)).toBe('d');
    expect(partnerInDirection('ArrowDown', from, partners)).toBe('e');
  });

  it('prefers a partner in line over a nearer one far off to the side', () => {
    const choices = [
      { id: 'side', at: { x: 60, y: 50 } },
      { id: 'inline', at: { x: 120, y: 0 } },
    ];
    expect(partnerInDirection('ArrowRight', from, choices)).toBe('inline');
  });

  it('finds nobody when no partner lies that way, and ignores other keys', () => {
    expect(partnerInDirection('ArrowLeft', from, [{ id: 'b', at: { x: 100, y: 0 } }])).toBeNull();
    expect(partnerInDirection('Enter', from, partners)).toBeNull();
  });

  it('reaches every partner with some arrow', () => {
    for (let degrees = 0; degrees < 360; degrees += 5) {
      const at = { x: Math.cos((degrees * Math.PI) / 180) * 50, y: Math.sin((degrees * Math.PI) / 180) * 50 };
      const reached = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].some(
        (key) => partnerInDirection(key, from, [{ id: 'p', at }]) === 'p',
      );
      expect(reached, `a partner at ${degrees}°`).toBe(true);
    }
  });

  it('counts as partners only the actors joined by an alliance drawn on the map', () => {
    const appearance = {
      alliances: [
        alliance('ab', 'a', 'b'),
        alliance('ca', 'c', 'a'),
        alliance('ad', 'a', 'd'),
        alliance('aa', 'a', 'a'),
        alliance('ab2', 'a', 'b'),
      ],
    } as unknown as Appearance;
    const visibility = {
      visibleNodeIds: new Set(['a', 'b', 'c', 'd']),
      visibleEdgeIds: new Set(['ab', 'ca', 'aa', 'ab2']),
      filtered: 'hide' as const,
    };
    expect(visiblePartners(appearance, visibility, 'a').sort()).toEqual(['b', 'c']);
    expect(visiblePartners(appearance, { ...visibility, visibleNodeIds: new Set(['a', 'b']) }, 'a')).toEqual(['b']);
  });

  it('starts from the actor nearest the centre', () => {
    expect(nearestActor({ x: 0, y: 0 }, partners)).toBe('c');
    expect(nearestActor({ x: 0, y: 0 }, [])).toBeNull();
  });
});
