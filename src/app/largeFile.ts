import { warmLoadWorker, WORKER_FROM_BYTES } from '../load/validateBlob';
import { startWebglLoad } from '../map/loadRenderers';
import { webglAvailable } from '../map/webglSupport';

/**
 * A file of `bytes` is coming (its length from the response's headers, or its bytes read): if it
 * is large, its load worker and, most likely, the WebGL drawing start now, while it downloads or
 * is read, rather than once it is validated; so does the WebGL probe the map will ask.
 */
export function prepareForFile(bytes: number): void {
  if (bytes < WORKER_FROM_BYTES) return;
  warmLoadWorker();
  startWebglLoad();
  // Asking for a WebGL context costs tens of ms: asked now, while the main thread waits for the worker.
  setTimeout(webglAvailable, 0);
}
