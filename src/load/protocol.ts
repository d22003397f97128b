// Messages between the main thread and the load worker (load.worker.ts), which reads and validates
// a data file off the main thread. One worker per file: it answers once and is then terminated.
import type { ValidationResult } from '../model/validate';

/** Main thread → worker: the file's bytes (a Blob is passed by reference, not copied). */
export interface LoadWorkerRequest {
  type: 'validate';
  blob: Blob;
  /** Names the file in messages about the file as a whole (validateText's fileName). */
  sourceName: string;
}

/** Worker → main thread: the validated file or its problems (validateText's result, cloned). */
export type LoadWorkerResponse =
  | { type: 'validated'; result: ValidationResult }
  /** The bytes could not be read (a file removed from the disk, a download cut short). */
  | { type: 'unreadable' }
  /** validateText threw: a bug; the main thread runs it again itself. */
  | { type: 'error'; message: string };
