// The keys a catalogue defines, read from its source (`export const fr = {…}`).
import ts from 'typescript';
import { lineOf, parse, type Located, type SourceText } from './syntax';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `errors.more_other` is one form of the key `errors.more`. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/** The leaf keys of the first exported object literal of a catalogue (`export const fr = {…}`). */
export function catalogueKeys(catalogue: SourceText): Located[] {
  const file = parse(catalogue);
  const keys: Located[] = [];
  const walk = (object: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of object.properties) {
      const name = ts.isPropertyAssignment(property) ? propertyName(property.name) : null;
      if (!ts.isPropertyAssignment(property) || name === null)
        throw new Error(`${catalogue.path}:${lineOf(file, property)}: not a plain key`);
      const initializer = property.initializer;
      if (ts.isObjectLiteralExpression(initializer)) walk(initializer, `${prefix}${name}.`);
      else keys.push({ key: `${prefix}${name}`, path: catalogue.path, line: lineOf(file, property) });
    }
  };
  const found = file.statements.find(ts.isVariableStatement)?.declarationList.declarations[0]?.initializer;
  if (!found || !ts.isObjectLiteralExpression(found)) throw new Error(`${catalogue.path}: no exported object literal`);
  walk(found, '');
  return keys;
}
