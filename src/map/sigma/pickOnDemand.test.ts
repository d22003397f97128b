import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import { pickOnDemand } from './pickOnDemand';

// A stand-in for sigma 3 as far as its picking goes: frames reset the picking layer's texture,
// then each program draws its picking pass (when it has a picking program) and its normal pass.
const PARAMS = { width: 200, height: 100, pixelRatio: 1, downSizingRatio: 2 };

function fakeProgram(log: string[], name: string) {
  const gl = { viewport: (...box: number[]) => log.push(`viewport ${box.join(',')}`) };
  const pickInfo = { gl, name: 'pick' };
  const normalInfo = { gl, name: 'normal' };
  return {
    pickProgram: pickInfo as typeof pickInfo | null,
    hasNothingToRender: () => false,
    bindProgram: () => {},
    unbindProgram: () => {},
    renderProgram: (params: typeof PARAMS, info: { name: string }) => log.push(`${name} ${info.name} ×${params.pixelRatio}`),
    render(params: typeof PARAMS) {
      if (this.pickProgram) this.renderProgram({ ...params, pixelRatio: 0.5 }, this.pickProgram);
      this.renderProgram(params, normalInfo);
    },
  };
}

class FakeSigma {
  log: string[] = [];
  pickingLayers = new Set(['nodes']);
  nodePrograms: Record<string, ReturnType<typeof fakeProgram> | { programs: ReturnType<typeof fakeProgram>[] }>;
  constructor(compound = false) {
    const shape = fakeProgram(this.log, 'shape');
    this.nodePrograms = compound ? { both: { programs: [shape, fakeProgram(this.log, 'ring')] } } : { shape };
  }
  resetWebGLTexture(layer: string) {
    this.log.push(`reset ${layer}`);
  }
  getNodeAtPosition() {
    this.log.push('read');
    return 'actor';
  }
  getRenderParams() {
    return PARAMS;
  }
  render() {
    this.pickingLayers.forEach((layer) => this.resetWebGLTexture(layer));
    for (const program of Object.values(this.nodePrograms)) {
      for (const leaf of 'programs' in program ? program.programs : [program]) leaf.render(PARAMS);
    }
  }
  asSigma() {
    return this as unknown as Sigma;
  }
  take() {
    return this.log.splice(0);
  }
}

describe('pickOnDemand: the picking layer drawn when read, not with every frame', () => {
  it('leaves the picking pass out of frames', () => {
    const sigma = new FakeSigma();
    pickOnDemand(sigma.asSigma());
    sigma.render();
    expect(sigma.take()).toEqual(['shape normal ×1']);
  });

  it('draws it once per frame, for that frame, the first time the actor under the pointer is asked', () => {
    const sigma = new FakeSigma();
    pickOnDemand(sigma.asSigma());
    sigma.render();
    sigma.take();
    expect(sigma.getNodeAtPosition()).toBe('actor');
    // Sigma's own pass: a fresh texture, a viewport scaled down as sigma's, then put back.
    expect(sigma.take()).toEqual(['reset nodes', 'viewport 0,0,100,50', 'shape pick ×0.5', 'viewport 0,0,200,100', 'read']);
    sigma.getNodeAtPosition();
    expect(sigma.take()).toEqual(['read']);
    sigma.render();
    sigma.getNodeAtPosition();
    expect(sigma.take()).toEqual([
      'shape normal ×1',
      'reset nodes',
      'viewport 0,0,100,50',
      'shape pick ×0.5',
      'viewport 0,0,200,100',
      'read',
    ]);
  });

  it('reaches the programs inside a compound program', () => {
    const sigma = new FakeSigma(true);
    pickOnDemand(sigma.asSigma());
    sigma.render();
    sigma.getNodeAtPosition();
    expect(sigma.take().filter((entry) => entry.includes('pick') || entry.includes('normal'))).toEqual([
      'shape normal ×1',
      'ring normal ×1',
      'shape pick ×0.5',
      'ring pick ×0.5',
    ]);
  });

  it('gives sigma its own way back when stopped (kill frees the picking programs)', () => {
    const sigma = new FakeSigma();
    const stop = pickOnDemand(sigma.asSigma());
    stop();
    sigma.render();
    sigma.getNodeAtPosition();
    expect(sigma.take()).toEqual(['reset nodes', 'shape pick ×0.5', 'shape normal ×1', 'read']);
  });

  it('does nothing where sigma also picks alliances (their layer would go stale)', () => {
    const sigma = new FakeSigma();
    sigma.pickingLayers.add('edges');
    pickOnDemand(sigma.asSigma());
    sigma.render();
    expect(sigma.take()).toContain('shape pick ×0.5');
  });
});
