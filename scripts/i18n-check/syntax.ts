// Shared by the key check: sources as text, parsed to a syntax tree (no type check: fast enough for
// the lint step).
import ts from 'typescript';

export interface SourceText {
  path: string;
  text: string;
}

export interface CatalogueText extends SourceText {
  lang: string;
}

export interface Located {
  key: string;
  path: string;
  line: number;
}

export function parse(source: SourceText): ts.SourceFile {
  const kind = source.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, kind);
}

export function lineOf(file: ts.SourceFile, node: ts.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

export const where = (located: Located) => `${located.path}:${located.line}`;
