// Web Worker taking the measures of a large map off the main thread; started by runMeasures.ts.
import { computeMeasures } from './measures';
import type { Topology } from './topology';

// The DOM lib (not the WebWorker one) is in scope: type only the two members of the worker global used.
interface WorkerScope {
  postMessage(message: ReturnType<typeof computeMeasures>): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Topology>) => void): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => scope.postMessage(computeMeasures(event.data)));
