// What the data format still refuses once the tables are read (a founding year in the future, an
// alliance that ends before it starts, a meta field of a graph file in the wrong shape): the value
// is moved into the element's attributes, so nothing is lost, and noted with the format's problem.
import type { DataFile, Problem } from '../model/types';
import { validateData } from '../model/validate';
import type { NoteCollector } from './report';

const ELEMENT_FIELD = /^(nodes|edges)\[(\d+)\]\.([A-Za-z]+)/;
const META_FIELD = /^meta\.([A-Za-z]+)/;
/** Fields an element cannot do without: a problem there is not fixed by moving the value. */
const REQUIRED = new Set(['id', 'label', 'kind', 'source', 'target', 'relation', 'attributes']);
const ROUNDS = 4;

function moveToAttributes(file: DataFile, problem: Problem, notes: NoteCollector): boolean {
  const element = ELEMENT_FIELD.exec(problem.path);
  if (element) {
    const [, collection, index, field] = element as unknown as [string, 'nodes' | 'edges', string, string];
    if (REQUIRED.has(field)) return false;
    const record = file[collection][Number(index)] as unknown as Record<string, unknown> | undefined;
    if (!record || !(field in record)) return false;
    const value = record[field];
    delete record[field];
    record.attributes = { ...(record.attributes as Record<string, unknown> | undefined), [field]: value };
    notes.add('value-refused', { file: '', item: String(record.id) }, typeof value === 'string' ? value : JSON.stringify(value), {
      field,
      problem,
    });
    return true;
  }
  const meta = META_FIELD.exec(problem.path);
  if (meta?.[1] && meta[1] !== 'title') {
    const fields = file.meta as unknown as Record<string, unknown>;
    if (!(meta[1] in fields)) return false;
    delete fields[meta[1]];
    notes.add('value-refused', { file: '' }, undefined, { field: `meta.${meta[1]}`, problem });
    return true;
  }
  return false;
}

/** The file with refused values moved into attributes, and the problems that remain. */
export function fixRefused(file: DataFile, notes: NoteCollector): { file: DataFile; problems: Problem[] } {
  let problems = validateData(file).problems;
  for (let round = 0; round < ROUNDS && problems.length > 0; round++) {
    let moved = false;
    for (const problem of problems) moved = moveToAttributes(file, problem, notes) || moved;
    if (!moved) break;
    problems = validateData(file).problems;
  }
  return { file, problems };
}
