export type { Lang } from './langs';

/** A name in both interface languages. */
export interface Names {
  fr: string;
  en: string;
}
