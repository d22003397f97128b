// The data file, format "alliance-map/1" (docs/data-format.md).
import type { Names } from '../domain/types';
import type { ProblemCode, ProblemParams } from './messages/codes';

export const FORMAT_V1 = 'alliance-map/1';

export interface SourceDoc {
  id: string;
  title: string;
  url?: string;
}

/**
 * A citation: the words of a document that state some facts. With a `reason`, it is a reading
 * of the map's author instead (docs/data-format.md, "Stated facts and readings"): then `doc` and
 * `quote`, the source's words it reads, are optional.
 */
export interface SourceRef {
  doc?: string;
  quote?: string;
  /** The fields this citation supports; absent means the element as a whole. */
  fields?: string[];
  /** Why the map's author reads the facts so: present on a reading only. */
  reason?: string;
}

export interface DataMeta {
  title: string;
  description?: string;
  lang?: string;
  updated?: string;
  license?: string;
  sources?: SourceDoc[];
  kinds?: Record<string, Names>;
  relations?: Record<string, Names>;
  private?: string[];
}

export interface ActorRecord {
  id: string;
  label: string;
  labels?: Partial<Record<string, string>>;
  kind: string;
  category?: string;
  regions?: string[];
  sdgs?: number[];
  url?: string;
  description?: string;
  founded?: string;
  members?: { count?: number; note?: string };
  x?: number;
  y?: number;
  sources?: SourceRef[];
  attributes?: Record<string, unknown>;
}

export interface AllianceRecord {
  id: string;
  source: string;
  target: string;
  relation: string;
  support?: string[];
  amount?: number;
  currency?: string;
  start?: string;
  end?: string;
  sdgs?: number[];
  description?: string;
  sources?: SourceRef[];
  attributes?: Record<string, unknown>;
}

export interface StoryStep {
  title: string;
  caption?: string;
  notes?: string;
  view: string;
}

export interface Story {
  id: string;
  title: string;
  description?: string;
  steps: StoryStep[];
}

export interface DataFile {
  format: typeof FORMAT_V1;
  meta: DataMeta;
  nodes: ActorRecord[];
  edges: AllianceRecord[];
  stories?: Story[];
}

/** One problem found in a data file: where (JSON path), what value, and what is wrong. */
export interface Problem {
  /** JSON path in the file, as `edges[3].support[0]`; empty for the file as a whole. */
  path: string;
  value?: unknown;
  /** What is wrong, as a stable code (src/model/messages/codes.ts), e.g. `missing-field`. */
  code: ProblemCode;
  /** The values its message interpolates, e.g. `{ fields: ["label"] }`. */
  params: ProblemParams;
  /** In English, for the command line; `problemMessage(problem, lang)` words it in fr or en. */
  message: string;
  /** 1-based line in the file's text, when the text is known. */
  line?: number;
}
