// The keys a source file uses: given to t(), built in t() from a code, kept in a table, or read
// straight from an imported catalogue object.
import { posix } from 'node:path';
import ts from 'typescript';
import { lineOf, parse, type Located, type SourceText } from './syntax';

export interface SourceUses {
  /** Literal keys given to t(): each must be in every catalogue. */
  calls: Located[];
  /** Keys built in t() from a template, as a family pattern (`filters.*.clear`). */
  families: Located[];
  /** Every other string literal, to find keys kept in data (typed TranslationKey) and passed to t() later. */
  literals: Set<string>;
  /** Paths read straight from an imported catalogue object (`fr.export.caption.source`), typed by TypeScript. */
  reads: Set<string>;
}

/** t('key'), i18next.t('key'), i18n.t(cond ? 'a' : 'b'), t(`prefix.${code}`). */
function isTCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  return (ts.isIdentifier(callee) && callee.text === 't') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');
}

function familyPattern(template: ts.TemplateExpression): string {
  return template.head.text + template.templateSpans.map((span) => `*${span.literal.text}`).join('');
}

/** `../i18n/fr` imported by `src/export/texts.ts` is `src/i18n/fr.ts`. */
function importsCatalogue(source: SourceText, specifier: string, cataloguePaths: readonly string[]): boolean {
  if (!specifier.startsWith('.')) return false;
  const resolved = posix.join(posix.dirname(source.path.replaceAll('\\', '/')), specifier);
  return cataloguePaths.some((path) => path.replace(/\.ts$/, '') === resolved.replace(/\.ts$/, ''));
}

// A value in a file that imports a catalogue: a path in it, or a table of catalogues by language
// (`{ fr, en }[lang]` is the catalogue root).
type Tracked = { path: string[] } | 'by-language';

/**
 * Follows catalogue objects through `const` declarations and property reads, by name (no scopes:
 * good enough for files that read a few strings straight from the catalogue).
 */
function trackCatalogueReads(file: ts.SourceFile, roots: Set<string>, reads: Set<string>): void {
  const bound = new Map<string, Tracked>();
  for (const name of roots) bound.set(name, { path: [] });
  const trackedOf = (node: ts.Expression): Tracked | null => {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return trackedOf(node.expression);
    if (ts.isIdentifier(node)) return bound.get(node.text) ?? null;
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 0)
      return node.properties.every((property) => ts.isShorthandPropertyAssignment(property) && roots.has(property.name.text))
        ? 'by-language'
        : null;
    if (ts.isElementAccessExpression(node)) return trackedOf(node.expression) === 'by-language' ? { path: [] } : null;
    if (ts.isPropertyAccessExpression(node)) {
      const parent = trackedOf(node.expression);
      return parent && parent !== 'by-language' ? { path: [...parent.path, node.name.text] } : null;
    }
    return null;
  };
  const record = (tracked: Tracked | null) => {
    if (tracked && tracked !== 'by-language' && tracked.path.length > 0) reads.add(tracked.path.join('.'));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.initializer) {
      const tracked = trackedOf(node.initializer);
      if (tracked && ts.isIdentifier(node.name)) bound.set(node.name.text, tracked);
      else if (tracked && tracked !== 'by-language' && ts.isObjectBindingPattern(node.name))
        for (const element of node.name.elements) {
          const key = element.propertyName ?? element.name;
          if (!ts.isIdentifier(element.name) || !ts.isIdentifier(key)) continue;
          const path = [...tracked.path, key.text];
          bound.set(element.name.text, { path });
          reads.add(path.join('.'));
        }
    }
    if (ts.isPropertyAccessExpression(node)) record(trackedOf(node));
    ts.forEachChild(node, visit);
  };
  visit(file);
}

export function sourceUses(source: SourceText, cataloguePaths: readonly string[] = []): SourceUses {
  const file = parse(source);
  const uses: SourceUses = { calls: [], families: [], literals: new Set(), reads: new Set() };
  const catalogueNames = new Set<string>();
  const keyArgument = (node: ts.Expression): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      uses.calls.push({ key: node.text, path: source.path, line: lineOf(file, node) });
    else if (ts.isTemplateExpression(node)) uses.families.push({ key: familyPattern(node), path: source.path, line: lineOf(file, node) });
    else if (ts.isConditionalExpression(node)) {
      keyArgument(node.whenTrue);
      keyArgument(node.whenFalse);
    } else if (ts.isParenthesizedExpression(node)) keyArgument(node.expression);
    else visit(node); // a key held in a variable or a table: found among the literals
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      if (importsCatalogue(source, node.moduleSpecifier.text, cataloguePaths) && bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) if (!element.isTypeOnly) catalogueNames.add(element.name.text);
      return;
    }
    if (ts.isCallExpression(node) && isTCall(node) && node.arguments[0]) {
      keyArgument(node.arguments[0]);
      node.arguments.slice(1).forEach(visit);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) uses.literals.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (catalogueNames.size > 0) trackCatalogueReads(file, catalogueNames, uses.reads);
  return uses;
}
