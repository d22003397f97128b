// Whether WebGL is drawn in software (SwiftShader, llvmpipe: headless browsers, machines without
// a usable GPU). There every frame of a large map costs the CPU dearly, so the WebGL mode leaves
// the alliances and labels out while the camera moves, as it does for the largest maps anyway.
let software: boolean | null = null;

export function isSoftwareWebgl(): boolean {
  if (software !== null) return software;
  software = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      software = /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    /* no WebGL details: assume a GPU */
  }
  return software;
}
