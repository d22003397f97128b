import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import { quietHoverLayer } from './quietHoverLayer';

const COLOR_BUFFER_BIT = 0x4000;

function fakeLayer(webgl2 = true) {
  const calls: string[] = [];
  const context: Record<string, (...args: number[]) => void> = {
    clear: () => calls.push('clear'),
    drawArrays: () => calls.push('draw'),
  };
  if (webgl2) context.drawArraysInstanced = () => calls.push('draw instanced');
  const sigma = { webGLContexts: { hoverNodes: context } } as unknown as Sigma;
  return { sigma, context, calls };
}

describe('quietHoverLayer: the hovered actors layer cleared only when something was drawn on it', () => {
  it('lets the first clear through, then none while nothing is drawn', () => {
    const { sigma, context, calls } = fakeLayer();
    quietHoverLayer(sigma);
    for (let frame = 0; frame < 3; frame++) context.clear!(COLOR_BUFFER_BIT);
    expect(calls).toEqual(['clear']);
  });

  it('clears once after each draw, whichever way the actor was drawn', () => {
    const { sigma, context, calls } = fakeLayer();
    quietHoverLayer(sigma);
    context.clear!(COLOR_BUFFER_BIT);
    context.drawArraysInstanced!(4, 0, 6, 1);
    context.clear!(COLOR_BUFFER_BIT);
    context.clear!(COLOR_BUFFER_BIT);
    context.drawArrays!(4, 0, 6);
    context.clear!(COLOR_BUFFER_BIT);
    expect(calls).toEqual(['clear', 'draw instanced', 'clear', 'draw', 'clear']);
  });

  it('leaves a WebGL 1 layer alone, and gives the context back when stopped', () => {
    const webgl1 = fakeLayer(false);
    quietHoverLayer(webgl1.sigma);
    webgl1.context.clear!(COLOR_BUFFER_BIT);
    webgl1.context.clear!(COLOR_BUFFER_BIT);
    expect(webgl1.calls).toEqual(['clear', 'clear']);

    const { sigma, context } = fakeLayer();
    const clear = context.clear;
    quietHoverLayer(sigma)();
    expect(context.clear).toBe(clear);
  });
});
