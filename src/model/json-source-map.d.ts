// Types of json-source-map 0.6.1 (it ships none): the parts src/model/validate.ts uses.
declare module 'json-source-map' {
  export interface SourceLocation {
    /** 0-based. */
    line: number;
    /** 0-based; a tab counts as 4. */
    column: number;
    /** 0-based offset in the text. */
    pos: number;
  }

  export interface PointerLocations {
    value: SourceLocation;
    valueEnd: SourceLocation;
    /** For object properties: where the key starts and ends. */
    key?: SourceLocation;
    keyEnd?: SourceLocation;
  }

  export interface ParseResult {
    data: unknown;
    /** By JSON pointer: "" for the root, "/edges/3/support/0". */
    pointers: Record<string, PointerLocations>;
  }

  const jsonSourceMap: {
    parse(text: string, reviver?: null, options?: { bigint?: boolean }): ParseResult;
  };
  export default jsonSourceMap;
}
