// The picking layer drawn when it is read, not with every frame. Sigma 3 finds the actor under the
// pointer in a hidden layer where each actor is drawn in a colour of its own, and draws that layer
// again with every frame: a second pass over every actor. In software WebGL that pass is a large
// share of a frame (130 of 330 ms at 2,000 actors, measured on a filter's frame), paid by frames
// no pointer ever reads: the first, a filter's, a layout's. Here sigma's frames leave it out, and
// it is drawn once, for the frame on screen, the first time sigma asks what is under the pointer.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';

/** Sigma 3's per-program WebGL state (`ProgramInfo`), as far as this reads it. */
interface ProgramInfo {
  gl: WebGLRenderingContext;
}

/** What this needs of a sigma 3 program beyond its typed API. */
interface ProgramInternals {
  pickProgram?: ProgramInfo | null;
  programs?: ProgramInternals[];
  hasNothingToRender(): boolean;
  bindProgram(program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
}

/** What this needs of sigma 3 beyond its typed API. */
interface SigmaInternals {
  nodePrograms?: Record<string, ProgramInternals>;
  pickingLayers?: Set<string>;
  resetWebGLTexture: (this: SigmaInternals, layer: string) => unknown;
  getNodeAtPosition: (this: SigmaInternals, position: { x: number; y: number }) => string | null;
}

function leaves(programs: ProgramInternals[]): ProgramInternals[] {
  return programs.flatMap((program) => (Array.isArray(program.programs) ? leaves(program.programs) : [program]));
}

/**
 * Makes sigma draw its picking layer only when it reads it. Returns a stop that gives sigma back
 * its own way (call it before `kill`, which frees the picking programs). Does nothing when sigma
 * is not laid out as sigma 3 is, or picks more than actors (edge events).
 */
export function pickOnDemand<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): () => void {
  const internals = sigma as unknown as SigmaInternals;
  const layers = internals.pickingLayers;
  if (!internals.nodePrograms || !layers || [...layers].some((layer) => layer !== 'nodes')) return () => {};
  if (typeof internals.resetWebGLTexture !== 'function' || typeof internals.getNodeAtPosition !== 'function') return () => {};
  const picks: [ProgramInternals, ProgramInfo][] = [];
  for (const program of leaves(Object.values(internals.nodePrograms))) {
    if (program.pickProgram) picks.push([program, program.pickProgram]);
  }
  if (picks.length === 0) return () => {};

  const resetTexture = internals.resetWebGLTexture;
  const pick = internals.getNodeAtPosition;
  for (const [program] of picks) program.pickProgram = null;
  /** Whether the picking layer is not that of the frame on screen (sigma empties it with every frame). */
  let stale = true;
  internals.resetWebGLTexture = () => {
    stale = true;
    return sigma;
  };

  // Sigma's own picking pass (`Program.render`), with the parameters of the frame on screen.
  const drawPicking = () => {
    resetTexture.call(internals, 'nodes');
    const params = sigma.getRenderParams();
    const ratio = params.pixelRatio / params.downSizingRatio;
    for (const [program, info] of picks) {
      if (program.hasNothingToRender()) continue;
      info.gl.viewport(0, 0, params.width * ratio, params.height * ratio);
      program.bindProgram(info);
      program.renderProgram({ ...params, pixelRatio: ratio }, info);
      program.unbindProgram(info);
      info.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    }
    stale = false;
  };
  internals.getNodeAtPosition = (position) => {
    if (stale) drawPicking();
    return pick.call(internals, position);
  };

  return () => {
    Object.assign(internals, { resetWebGLTexture: resetTexture, getNodeAtPosition: pick });
    for (const [program, info] of picks) program.pickProgram = info;
  };
}
