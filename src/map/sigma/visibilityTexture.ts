// The visibility bytes (visibilitySlots.ts) as a texture, and the GLSL that reads it: a vertex
// shader that finds its item left out moves it out of the clip space, so it is neither drawn nor
// picked. One texture per WebGL context (sigma draws nodes and edges in two), uploaded once per change.
import { SLOTS_PER_ROW, type VisibilitySlots } from './visibilitySlots';

export const VISIBILITY_UNIFORMS = ['u_visibility', 'u_visibilityRows'] as const;
export type VisibilityUniform = (typeof VISIBILITY_UNIFORMS)[number];

/** GLSL: `leftOut(a_id)` — sigma's id of the item, from its picking colour (r, g, b: high to low bytes). */
export const VISIBILITY_GLSL = /* glsl */ `
uniform sampler2D u_visibility;
uniform float u_visibilityRows;

bool leftOut(vec4 id) {
  float slot = floor(id.r * 255.0 + 0.5) * 65536.0 + floor(id.g * 255.0 + 0.5) * 256.0 + floor(id.b * 255.0 + 0.5);
  float row = floor(slot / ${SLOTS_PER_ROW.toFixed(1)});
  float column = slot - row * ${SLOTS_PER_ROW.toFixed(1)};
  vec2 at = vec2((column + 0.5) / ${SLOTS_PER_ROW.toFixed(1)}, (row + 0.5) / u_visibilityRows);
  return texture2D(u_visibility, at).a < 0.5;
}
`;

/** Where a left-out item's vertices go: outside the clip space, so its triangles are dropped. */
export const LEFT_OUT_POSITION = 'vec4(2.0, 2.0, 2.0, 1.0)';

interface Uploaded {
  texture: WebGLTexture;
  version: number;
}
const uploadedByContext = new WeakMap<WebGLRenderingContext, Uploaded>();

/** Binds the context's visibility texture to unit 0 for the program in use, uploading it if it changed. */
export function bindVisibility(
  gl: WebGLRenderingContext,
  locations: Record<VisibilityUniform, WebGLUniformLocation>,
  slots: VisibilitySlots,
): void {
  let uploaded = uploadedByContext.get(gl);
  if (!uploaded) {
    const texture = gl.createTexture();
    if (!texture) throw new Error('WebGL: no texture for the visibility of the items');
    uploaded = { texture, version: -1 };
    uploadedByContext.set(gl, uploaded);
  }
  gl.activeTexture(gl.TEXTURE0);
  gl.bindTexture(gl.TEXTURE_2D, uploaded.texture);
  if (uploaded.version !== slots.version) {
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.ALPHA, SLOTS_PER_ROW, slots.rows, 0, gl.ALPHA, gl.UNSIGNED_BYTE, slots.bytes);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    uploaded.version = slots.version;
  }
  gl.uniform1i(locations.u_visibility, 0);
  gl.uniform1f(locations.u_visibilityRows, slots.rows);
}
