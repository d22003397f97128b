// The key check itself: catalogues against each other, and against the keys the sources use.
import { baseKey, catalogueKeys } from './catalogue';
import { where, type CatalogueText, type Located, type SourceText } from './syntax';
import { sourceUses } from './uses';

export interface KeyCheckInput {
  /** The reference catalogue first. */
  catalogues: readonly CatalogueText[];
  sources: readonly SourceText[];
  /**
   * Keys built from a code, as patterns where `*` stands for one key segment: `filters.*.clear`
   * declares t(`filters.${section}.clear`). Only declared families are allowed.
   */
  dynamicFamilies: readonly string[];
  /** Where the families are declared, to name it in a report. */
  familiesPath: string;
}

function familyRegExp(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^.]+')}$`);
}

interface ReadCatalogue {
  catalogue: CatalogueText;
  keys: Located[];
  /** Keys with their plural forms folded, as t() takes them. */
  bases: Set<string>;
}

/** Keys in one language and not in the reference, or the reverse: exact keys, plural forms included. */
function compareCatalogues(reference: ReadCatalogue, other: ReadCatalogue): string[] {
  const problems: string[] = [];
  const referenceKeys = new Set(reference.keys.map((located) => located.key));
  const otherKeys = new Set(other.keys.map((located) => located.key));
  for (const located of reference.keys)
    if (!otherKeys.has(located.key))
      problems.push(`${other.catalogue.path}: "${located.key}" is in ${reference.catalogue.lang} but not in ${other.catalogue.lang}`);
  for (const located of other.keys)
    if (!referenceKeys.has(located.key))
      problems.push(`${where(located)}: "${located.key}" is in ${other.catalogue.lang} but not in ${reference.catalogue.lang}`);
  return problems;
}

/** Every problem, one line each: a key used but missing, in one language only, or used nowhere. */
export function checkKeys(input: KeyCheckInput): string[] {
  const catalogues: ReadCatalogue[] = input.catalogues.map((catalogue) => {
    const keys = catalogueKeys(catalogue);
    return { catalogue, keys, bases: new Set(keys.map((located) => baseKey(located.key))) };
  });
  const [reference, ...others] = catalogues;
  if (!reference) throw new Error('no catalogue');
  const problems = others.flatMap((other) => compareCatalogues(reference, other));

  const cataloguePaths = input.catalogues.map((catalogue) => catalogue.path);
  const used = new Set<string>();
  const builtFamilies = new Set<string>();
  for (const source of input.sources) {
    const uses = sourceUses(source, cataloguePaths);
    for (const call of uses.calls) {
      used.add(call.key);
      for (const { catalogue, bases } of catalogues)
        if (!bases.has(call.key)) problems.push(`${where(call)}: "${call.key}" is not in ${catalogue.lang} (${catalogue.path})`);
    }
    for (const family of uses.families) {
      if (input.dynamicFamilies.includes(family.key)) builtFamilies.add(family.key);
      else problems.push(`${where(family)}: key family "${family.key}" is built from a code but not declared in ${input.familiesPath}`);
    }
    for (const literal of uses.literals) if (reference.bases.has(literal)) used.add(literal);
    for (const read of uses.reads) if (reference.bases.has(read)) used.add(read);
  }

  for (const family of input.dynamicFamilies) {
    if (!builtFamilies.has(family)) problems.push(`${input.familiesPath}: declared key family "${family}" is built nowhere`);
    const members = [...reference.bases].filter((key) => familyRegExp(family).test(key));
    if (members.length === 0)
      problems.push(`${input.familiesPath}: declared key family "${family}" matches no key of ${reference.catalogue.lang}`);
    members.forEach((key) => used.add(key));
  }

  const unused = new Set<string>();
  for (const located of reference.keys) {
    const key = baseKey(located.key);
    if (used.has(key) || unused.has(key)) continue;
    unused.add(key);
    problems.push(`${where(located)}: "${key}" is used nowhere (remove it from every catalogue)`);
  }
  return problems;
}
