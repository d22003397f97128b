// Problem messages in both languages of the app. A problem is made by `makeProblem(code, params,
// path)`: its `message` is the English wording (for the command line and the tests); the app shows
// `problemMessage(problem, lang)`, the wording of its code and params in the interface language.
import type { Lang } from '../../domain/types';
import type { Problem } from '../types';
import type { Catalogue, ProblemCode, ProblemParams, ProblemParamsByCode } from './codes';
import { en } from './en';
import { fr } from './fr';

export type {
  Catalogue,
  DateField,
  DateForm,
  FoundKind,
  IdElement,
  ProblemCode,
  ProblemParams,
  ProblemParamsByCode,
  SyntaxHint,
} from './codes';

const CATALOGUES: Record<Lang, Catalogue> = { fr, en };

/** Every problem code, in the order of ./codes.ts. */
export const PROBLEM_CODES = Object.keys(en) as ProblemCode[];

function isCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(en, code);
}

/** The wording of a code with its params, in one language. */
export function renderProblem<C extends ProblemCode>(code: C, params: ProblemParamsByCode[C], lang: Lang): string {
  // The catalogue holds one function per code; TypeScript cannot pair them by itself.
  const wording = CATALOGUES[lang][code] as (params: ProblemParamsByCode[C]) => string;
  return wording(params);
}

/**
 * The message of a problem in `lang`. A problem without a known code (made by an older version,
 * say) keeps its English message.
 */
export function problemMessage(problem: Pick<Problem, 'code' | 'params' | 'message'>, lang: Lang): string {
  if (!isCode(problem.code)) return problem.message;
  const wording = CATALOGUES[lang][problem.code] as (params: ProblemParams) => string;
  return wording(problem.params);
}

/** A problem at `path` (`''` for the file as a whole), worded in English in its `message`. */
export function makeProblem<C extends ProblemCode>(code: C, params: ProblemParamsByCode[C], path: string, value?: unknown): Problem {
  // Params stay plain JSON: no key set to undefined.
  const defined = Object.fromEntries(Object.entries(params).filter(([, param]) => param !== undefined)) as ProblemParamsByCode[C];
  const problem: Problem = { path, code, params: defined, message: renderProblem(code, defined, 'en') };
  if (value !== undefined) problem.value = value;
  return problem;
}
