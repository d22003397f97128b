import { slugify as fileNameSlug } from '../export/fileNames';

/** An id made from a name: `Fonds ODD17` → `fonds-odd17` (at most 60 characters). */
export function slugify(text: string): string {
  return fileNameSlug(text, 60);
}
