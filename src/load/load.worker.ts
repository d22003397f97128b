// Web Worker reading and validating a data file off the main thread; started by validateBlob.ts.
// Protocol: protocol.ts; logic: workerCore.ts.
import type { LoadWorkerRequest, LoadWorkerResponse } from './protocol';
import { answerLoadRequest } from './workerCore';

// The DOM lib (not the WebWorker one) is in scope: type only the two members of the worker global used.
const scope = self as unknown as {
  postMessage(message: LoadWorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LoadWorkerRequest>) => void): void;
};

scope.addEventListener('message', (event) => void answerLoadRequest(event.data).then((response) => scope.postMessage(response)));
