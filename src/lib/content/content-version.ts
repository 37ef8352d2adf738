import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Which content a build was made from: the date of its newest change to any guidance page or
 * record, and a short hash of every file of the content folder. Every record of a check (on
 * screen, on paper, in a CSV) and the changes feed carry it, so that what a reader relied on can
 * be told apart from what came later.
 */
export interface ContentVersion {
  /** The newest `updated` of any guidance page, rule or goods category. */
  date: Date;
  /** The first 12 hex digits of a SHA-256 of the content folder's files, their paths and bytes. */
  id: string;
}

/**
 * A hash of the content itself, not of a commit: the same content always gives the same id (the
 * build is reproducible, from a clone or from a copy without git), and a change to the site's code
 * alone does not make a new content version.
 */
export function hashContent(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    // Each file's path and length go in before its bytes, so no two folders can hash alike by
    // moving bytes from one file to the next.
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 12);
}

/** The content version from everything dated: its newest change, with the content's hash. */
export function contentVersion(dated: Array<{ updated: Date }>, id: string): ContentVersion {
  const newest = Math.max(...dated.map((item) => item.updated.getTime()));
  if (!Number.isFinite(newest)) throw new Error('the content has no dated page or record');
  return { date: new Date(newest), id };
}
