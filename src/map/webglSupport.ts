// What this browser's WebGL is, asked once per page on a context of its own (browsers allow a few
// contexts per page, and making one costs tens of ms in software: one probe answers both).
// - Available at all: headless Firefox, many locked-down office machines and remote desktops have
//   none; sigma.js would then fail on its first call (`a is null`), so the map asks before choosing
//   the WebGL mode and draws with Cytoscape instead.
// - Drawn in software (SwiftShader, llvmpipe: headless browsers, machines without a usable GPU):
//   every frame of a large map then costs the CPU dearly, so the WebGL mode draws camera moves
//   light, as it does for the largest maps anyway.
interface WebglSupport {
  available: boolean;
  software: boolean;
}

let support: WebglSupport | null = null;

/** Tries the contexts sigma.js tries, in its order, on a canvas of its own. */
function probe(): WebglSupport {
  const found: WebglSupport = { available: false, software: false };
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl') ?? canvas.getContext('experimental-webgl');
    if (gl && typeof (gl as WebGLRenderingContext).blendFunc === 'function') {
      const context = gl as WebGLRenderingContext;
      // Our programs read what the filters hide from a texture in their vertex shaders.
      found.available = Number(context.getParameter(context.MAX_VERTEX_TEXTURE_IMAGE_UNITS)) > 0;
      try {
        const info = context.getExtension('WEBGL_debug_renderer_info');
        const renderer = String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER));
        found.software = /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
      } catch {
        /* no renderer details: assume a GPU */
      }
      context.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    /* a browser that throws instead of answering null has no WebGL for us either */
  }
  return found;
}

export function webglAvailable(): boolean {
  support ??= probe();
  return support.available;
}

export function isSoftwareWebgl(): boolean {
  support ??= probe();
  return support.software;
}
