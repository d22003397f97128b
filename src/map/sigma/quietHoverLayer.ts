// Sigma's layer of hovered actors (a WebGL canvas of its own) is cleared twice with every frame,
// though it is empty but while an actor is hovered or highlighted. A cleared canvas counts as
// changed, and where the page is composited in software (software WebGL: SwiftShader, machines
// without a GPU driver) every changed WebGL canvas is read back whole with each frame: 23-28 ms
// for 1,280 × 800 pixels, in a trace of a filter's frame at 2,000 actors. Here a clear is passed on
// only when something was drawn on the layer since the last one, so an empty layer stays untouched.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

/** The calls of a WebGL 2 context that change what the layer shows. */
interface LayerContext {
  clear: (this: LayerContext, mask: number) => void;
  drawArrays: (this: LayerContext, mode: number, first: number, count: number) => void;
  drawArraysInstanced: (this: LayerContext, mode: number, first: number, count: number, instances: number) => void;
}

/** Returns a stop. Does nothing without the layer where sigma 3 keeps it, or on WebGL 1 (whose instanced draws go through an extension). */
export function quietHoverLayer<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): () => void {
  const context = (sigma as unknown as { webGLContexts?: Record<string, Partial<LayerContext>> }).webGLContexts?.hoverNodes;
  if (!context || typeof context.clear !== 'function' || typeof context.drawArrays !== 'function') return () => {};
  if (typeof context.drawArraysInstanced !== 'function') return () => {};
  const gl = context as LayerContext;
  const { clear, drawArrays, drawArraysInstanced } = gl;
  /** Whether the layer may show something; at first, unknown. */
  let drawn = true;
  gl.clear = (mask) => {
    if (!drawn) return;
    drawn = false;
    clear.call(gl, mask);
  };
  gl.drawArrays = (mode, first, count) => {
    drawn = true;
    drawArrays.call(gl, mode, first, count);
  };
  gl.drawArraysInstanced = (mode, first, count, instances) => {
    drawn = true;
    drawArraysInstanced.call(gl, mode, first, count, instances);
  };
  return () => {
    Object.assign(gl, { clear, drawArrays, drawArraysInstanced });
  };
}
