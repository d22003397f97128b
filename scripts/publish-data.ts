// The data file of a publish build (npm run build -- --data FILE): checked, stripped of what its
// meta.private names (src/model/privacy.ts), checked again, and written for the build to ship.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stripPrivate, type DroppedCitation } from '../src/model/privacy';
import { findPrivateLeaks, heldValue, type PrivateValue } from '../src/model/privateValues';
import { formatProblem, validateText } from '../src/model/validate';
import { filesUnder } from './files-under';

export interface PublishedData {
  /** The stripped copy written for the build. */
  path: string;
  /** Its name in the output folder's `data/`. */
  name: string;
  /** The private values removed: none may be found under the output folder. */
  values: PrivateValue[];
}

/** What went wrong, for the build to print (each line a problem) before it stops. */
export class PublishError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

function droppedLine(dataPath: string, citation: DroppedCitation): string {
  return citation.reason === 'fields'
    ? `build: ${dataPath}: ${citation.path}: citation left out of the published copy: every field it supports is private`
    : `build: warning: ${dataPath}: ${citation.path}: citation left out of the published copy: its quote holds the value of the private field ${citation.field ?? '?'}`;
}

/** Checks, strips and writes the data file into `workDir`; throws a PublishError when it cannot be published. */
export function publishData(dataPath: string, workDir: string): PublishedData {
  let text: string;
  try {
    text = readFileSync(dataPath, 'utf8');
  } catch {
    throw new PublishError([`build: cannot read the data file "${dataPath}"`]);
  }
  const { file, problems } = validateText(text, dataPath);
  if (!file || problems.length > 0) {
    throw new PublishError([
      ...problems.map((problem) => formatProblem(dataPath, problem)),
      `build: "${dataPath}" is not a valid data file: fix it first (npm run validate -- ${dataPath})`,
    ]);
  }
  const published = stripPrivate(file);
  for (const citation of published.dropped) console.warn(droppedLine(dataPath, citation));
  const leaks = findPrivateLeaks(published.file, published.values);
  if (leaks.length > 0) {
    throw new PublishError([
      ...leaks.map((leak) => `build: ${dataPath}: ${leak.path} holds the value of the private field ${leak.field}`),
      `build: "${dataPath}" would publish what meta.private withholds: remove or reword those texts, then build again`,
    ]);
  }
  const name = basename(dataPath).replace(/[^\w.-]+/g, '-');
  const publishedText = `${JSON.stringify(published.file, null, 2)}\n`;
  const check = validateText(publishedText, `data/${name}`);
  if (!check.file || check.problems.length > 0) {
    throw new PublishError([
      ...check.problems.map((problem) => formatProblem(`data/${name}`, problem)),
      `build: the published copy of "${dataPath}" (without ${(file.meta.private ?? []).join(', ')}) would not be valid: change meta.private or the file`,
    ]);
  }
  mkdirSync(workDir, { recursive: true });
  const path = join(workDir, name);
  writeFileSync(path, publishedText);
  const withheld = file.meta.private ?? [];
  console.log(`build: publishing ${dataPath} as data/${name}${withheld.length ? ` without ${withheld.join(', ')}` : ''}`);
  return { path, name, values: published.values };
}

/**
 * The files under the output folder `dir` that hold a private value, each with the field it came
 * from. The app's code (assets/ and the single-file map's template) is built from the sources,
 * never from the data file, and is not searched: a short value could be found there by chance.
 */
export function privateValuesUnder(dir: string, values: readonly PrivateValue[]): string[] {
  if (values.length === 0) return [];
  const code = [join(dir, 'assets'), join(dir, 'alliance-map-viewer.html')];
  return filesUnder(dir)
    .filter((file) => !code.some((path) => file === path || file.startsWith(`${path}/`)))
    .flatMap((file) => {
      const held = heldValue(readFileSync(file, 'utf8'), values);
      return held ? [`${file} holds the value of the private field ${held.path}`] : [];
    });
}
