// Web Worker running the layout off the main thread; started by supervisor.ts. Protocol: protocol.ts.
import type { WorkerRequest, WorkerResponse } from './protocol';
import { createWorkerHandler } from './workerCore';

// The DOM lib (not the WebWorker one) is in scope: type only the two members of the worker global used.
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

const handle = createWorkerHandler({ post: (message, transfer) => scope.postMessage(message, transfer) });
scope.addEventListener('message', (event) => handle(event.data));
