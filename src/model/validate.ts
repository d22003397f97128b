// Validation of a data file "alliance-map/1": JSON syntax, then structure (the schema compiled
// ahead of time by scripts/compile-schema.ts, no eval), then references (./references.ts).
// Every problem comes back at once, with a path like `edges[3].support[0]`, the line in the text,
// a stable code and its params (worded in French and English by ./messages), and its message in
// plain English. Runs in the browser and in Node: no Node imports here.
import validateStructure from './schema/validateStructure.generated.js';
import { checkReferences } from './references';
import { makeProblem } from './messages';
import { MAX_NESTING } from './limits';
import { linesOfPointers } from './lines';
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
  /** Every problem found (the first `maxProblems`), in the order of the text. */
  problems: Problem[];
  /** There are more problems than those listed (`maxProblems`). */
  truncated?: boolean;
}

export interface ValidateOptions {
  /**
   * List at most this many problems (default: all). The app lists 100: a file of 12,000 mistakes
   * would otherwise cost seconds to word and locate them all, and the panel shows five.
   */
  maxProblems?: number;
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
export function validateData(data: unknown, options: ValidateOptions = {}): ValidationResult {
  // Checked first: the schema's messages and everything after read values recursively.
  const deep = tooDeeplyNested(data, MAX_NESTING);
  if (deep !== null) return { problems: [tooDeepProblem(deep)] };
  const { findings, truncated } = validateWithPointers(data, options.maxProblems ?? Infinity);
  if (findings.length === 0) return { file: data as DataFile, problems: [] };
  return truncated ? { problems: findings.map(problemOf), truncated } : { problems: findings.map(problemOf) };
}

/** The problem of a file nested more than MAX_NESTING levels deep, at the first place it is. */
function tooDeepProblem(segments: (string | number)[]): Problem {
  return makeProblem('too-deep', { limit: MAX_NESTING }, joinPath(...segments));
}

/** The findings of structure, then references: the first `max` (one more is looked for, to tell there are more). */
function validateWithPointers(data: unknown, max: number): { findings: Finding[]; truncated: boolean } {
  const findings = !validateStructure(data)
    ? structureFindings(validateStructure.errors ?? [], data, max + 1)
    : checkReferences(data as DataFile, { maxProblems: max + 1 }).map((problem) => ({
        ...problem,
        pointer: pathToPointer(problem.path) ?? '',
        rank: 0,
      }));
  return findings.length > max ? { findings: findings.slice(0, max), truncated: true } : { findings, truncated: false };
}

/**
 * Validates the text of a data file: JSON syntax, structure, references. Returns the file only
 * when it has no problem; otherwise every problem, with its line. `fileName` names the file in
 * messages about the file as a whole.
 */
export function validateText(text: string, fileName?: string, options: ValidateOptions = {}): ValidationResult {
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
  const { findings, truncated } = validateWithPointers(data, options.maxProblems ?? Infinity);
  if (findings.length === 0) return { file: data as DataFile, problems: [] };

  const lines = linesOfPointers(
    source,
    findings.map((finding) => finding.pointer),
  );
  const problems = findings.map((finding): Problem => {
    const location = lines.get(finding.pointer);
    const problem = problemOf(finding);
    const line = finding.atKey === true ? (location?.key ?? location?.value) : location?.value;
    if (line !== undefined) problem.line = line;
    return problem;
  });
  return {
    ...(truncated ? { truncated } : {}),
    problems: problems
      .map((problem, index) => ({ problem, index }))
      .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
      .map(({ problem }) => problem),
  };
}
