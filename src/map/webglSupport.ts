// Whether this browser can give the WebGL mode a context at all. Headless Firefox, many locked-down
// office machines and remote desktops have none: sigma.js would then fail on its first call
// (`a is null`), so the map asks before choosing the WebGL mode and draws with Cytoscape instead.
let available: boolean | null = null;

/** Tries the contexts sigma.js tries, in its order, on a canvas of its own; asked once per page. */
export function webglAvailable(): boolean {
  if (available !== null) return available;
  available = false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl') ?? canvas.getContext('experimental-webgl');
    if (gl && typeof (gl as WebGLRenderingContext).blendFunc === 'function') {
      const context = gl as WebGLRenderingContext;
      // Our programs read what the filters hide from a texture in their vertex shaders.
      available = Number(context.getParameter(context.MAX_VERTEX_TEXTURE_IMAGE_UNITS)) > 0;
      // Browsers allow a few contexts per page: give this one back.
      context.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    /* a browser that throws instead of answering null has no WebGL for us either */
  }
  return available;
}
