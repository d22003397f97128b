// The view as plain data, one codec per concern (docs/url-parameters.md).

/** One URL item that was not understood and left out: the parameter and the raw item. */
export interface Dropped {
  param: string;
  value: string;
}

export interface Parsed<T> {
  value: T;
  dropped: Dropped[];
}

/**
 * A parse/serialize pair for the parameters of one concern. `parse` never throws: a partly bad
 * value keeps its good items and reports the bad ones in `dropped`. `serialize` gives the
 * parameters that differ from the defaults, in canonical order, values not yet percent-encoded.
 */
export interface Codec<T> {
  readonly params: readonly string[];
  defaults(): T;
  parse(params: URLSearchParams): Parsed<T>;
  serialize(value: T): Array<[string, string]>;
}
