// Limits of a data file that keep hostile or broken files from freezing or blanking the app
// (docs/data-format.md, "Limits"). No real file comes near them.

/** Largest |x| or |y| of a preset position (the schema says the same): far beyond any real map. */
export const MAX_COORDINATE = 1_000_000;

/**
 * Most levels of objects and lists inside one another, counted from the top of the file: the
 * format itself uses 5 (`nodes[0].sources[0].fields[0]`), which leaves `attributes` 28 of them.
 */
export const MAX_NESTING = 32;

/**
 * Names JavaScript gives every object (`Object.prototype`): as an id they would be mistaken for
 * what every object has (graphology's neighbourhoods, records of positions), so they are refused.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}
