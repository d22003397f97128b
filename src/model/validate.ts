// Validation of a data file "alliance-map/1": JSON syntax, then structure (the schema compiled
// ahead of time by scripts/compile-schema.ts, no eval), then references (./references.ts).
// Every problem comes back at once, with a path like `edges[3].support[0]`, the line in the text,
// a stable code and its params (worded in French and English by ./messages), and its message in
// plain English. Runs in the browser and in Node: no Node imports here.
import jsonSourceMap from 'json-source-map';
import validateStructure from './schema/validateStructure.generated.js';
import { checkReferences } from './references';
import { makeProblem } from './messages';
import { MAX_NESTING } from './limits';
import { tooDeeplyNested, tooDeeplyNestedText } from './nesting';
import { joinPath, pathToPointer } from './problemPath';
import { jsonSyntaxProblem } from './syntaxProblem';
import { structureFindings, type Finding } from './structureFindings';
import type { DataFile, Problem } from './types';

export { jsonSyntaxProblem } from './syntaxProblem';
export { DEFINITION_CODES } from './structureFindings';

export interface ValidationResult {
  /** The file, only when it has no problem at all. */
  file?: DataFile;
  /** Every problem found, in the order of the text. */
  problems: Problem[];
}

/** `data/x.json: edges[3].support[0]: "funding" is not a support form (…) (line 12)`. */
export function formatProblem(fileName: string, p: Pick<Problem, 'path' | 'message' | 'line'>): string {
  const path = p.path === '' ? '' : `${p.path}: `;
  const line = p.line === undefined ? '' : ` (line ${p.line})`;
  return `${fileName}: ${path}${p.message}${line}`;
}

/** The problem of a finding, without what only served to find it. */
function problemOf({ path, value, code, params, message }: Finding): Problem {
  const problem: Problem = { path, code, params, message };
  if (value !== undefined) problem.value = value;
  return problem;
}

/**
 * Validates data already parsed from JSON: structure, then, if the structure is sound,
 * references. Problems have no line numbers (see validateText).
 */
export function validateData(data: unknown): ValidationResult {
  // Checked first: the schema's messages and everything after read values recursively.
  const deep = tooDeeplyNested(data, MAX_NESTING);
  if (deep !== null) return { problems: [tooDeepProblem(deep)] };
  const problems = validateWithPointers(data).map(problemOf);
  return problems.length === 0 ? { file: data as DataFile, problems } : { problems };
}

/** The problem of a file nested more than MAX_NESTING levels deep, at the first place it is. */
function tooDeepProblem(segments: (string | number)[]): Problem {
  return makeProblem('too-deep', { limit: MAX_NESTING }, joinPath(...segments));
}

function validateWithPointers(data: unknown): Finding[] {
  if (!validateStructure(data)) return structureFindings(validateStructure.errors ?? [], data);
  return checkReferences(data as DataFile).map((problem) => ({ ...problem, pointer: pathToPointer(problem.path) ?? '', rank: 0 }));
}

/**
 * Validates the text of a data file: JSON syntax, structure, references. Returns the file only
 * when it has no problem; otherwise every problem, with its line. `fileName` names the file in
 * messages about the file as a whole.
 */
export function validateText(text: string, fileName?: string): ValidationResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') return { problems: [makeProblem('empty-file', { file: fileName }, '')] };
  if (source.trimStart().startsWith('<')) return { problems: [{ ...makeProblem('html-file', { file: fileName }, ''), line: 1 }] };
  const deep = tooDeeplyNestedText(source, MAX_NESTING);
  if (deep !== null) return { problems: [{ ...tooDeepProblem(deep.path), line: deep.line }] };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { problems: [jsonSyntaxProblem(source, error)] };
  }
  const findings = validateWithPointers(data);
  if (findings.length === 0) return { file: data as DataFile, problems: [] };

  let pointers: ReturnType<typeof jsonSourceMap.parse>['pointers'] = {};
  try {
    pointers = jsonSourceMap.parse(source).pointers;
  } catch {
    // Lines are a comfort: without them the problems still stand.
  }
  const problems = findings.map((finding): Problem => {
    const location = pointers[finding.pointer];
    const at = finding.atKey === true ? (location?.key ?? location?.value) : location?.value;
    const problem = problemOf(finding);
    if (at !== undefined) problem.line = at.line + 1;
    return problem;
  });
  return {
    problems: problems
      .map((problem, index) => ({ problem, index }))
      .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
      .map(({ problem }) => problem),
  };
}
