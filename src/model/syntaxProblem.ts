// JSON syntax errors as problems: where JSON.parse stopped, however the engine words it, and the
// commonest hand-written mistakes said plainly.
import jsonSourceMap from 'json-source-map';
import { makeProblem } from './messages';
import type { SyntaxHint } from './messages';
import type { Problem } from './types';

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Where a JSON.parse error happened: engines word it differently, some not at all. */
function errorLocation(text: string, message: string): { line: number; column: number } | undefined {
  // Chromium and Node 22+: "… at position 11 (line 3 column 2)"; Firefox: "… at line 3 column 2 of the JSON data".
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return lineAndColumn(text, text.length);
  // Otherwise ("Unexpected token ']', "[1,2,]" is not valid JSON", Safari): ask json-source-map.
  try {
    jsonSourceMap.parse(text);
  } catch (error) {
    const own = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
    if (own) return lineAndColumn(text, Number(own[1]));
    if (error instanceof Error && /unexpected end/i.test(error.message)) return lineAndColumn(text, text.length);
  }
  return undefined;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** The commonest mistakes of people who write JSON by hand, to say them plainly. */
function syntaxHint(text: string, offset: number): SyntaxHint | undefined {
  const char = text[offset];
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if ((char === '}' || char === ']') && text[before] === ',') return 'comma-before-closing';
  if (char === "'") return 'single-quotes';
  if (
    (char === '"' || char === '{' || char === '[') &&
    /(["}\]\d]|true|false|null)$/.test(text.slice(Math.max(0, before - 4), before + 1))
  ) {
    return 'missing-comma';
  }
  return undefined;
}

/** The problem for a JSON.parse error, worded by any engine (V8 old and new, Firefox, Safari). */
export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/^JSON Parse error: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '');
  const where = errorLocation(text, raw);
  if (!where) return makeProblem('json-syntax', { reason }, '');
  const hint = syntaxHint(text, offsetOf(text, where.line, where.column));
  return { ...makeProblem('json-syntax', { reason, column: where.column, hint }, ''), line: where.line };
}
