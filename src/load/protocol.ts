// Messages between the main thread and the load worker (load.worker.ts), which reads and validates
// a data file off the main thread. One worker per file: it answers once and is then terminated.
import type { ImportOutcome } from '../import/run';
import type { ValidationResult } from '../model/validate';

/** Main thread → worker: the file's bytes (a Blob is passed by reference, not copied). */
export type LoadWorkerRequest =
  | {
      type: 'validate';
      blob: Blob;
      /** Names the file in messages about the file as a whole (validateText's fileName). */
      sourceName: string;
      /**
       * false: a valid file is answered without itself (`{ problems: [] }`), the main thread having
       * parsed it meanwhile (cloning it back costs that thread more than parsing it). Default true.
       */
      withFile?: boolean;
    }
  /** Files to import (CSV, workbooks, GEXF, GraphML, graph JSON: src/import). */
  | { type: 'import'; inputs: Array<{ blob: Blob; name: string }> };

/** Worker → main thread: the validated file or its problems (validateText's result, cloned). */
export type LoadWorkerResponse =
  | { type: 'validated'; result: ValidationResult }
  /** The import's tables, mapping, data file and report (runImport's result, cloned). */
  | { type: 'imported'; outcome: ImportOutcome }
  /** The bytes could not be read (a file removed from the disk, a download cut short). */
  | { type: 'unreadable' }
  /** validateText threw: a bug; the main thread runs it again itself. */
  | { type: 'error'; message: string };
