// Fuse.js as the goods matcher would use it: one fuzzy index over the same records, the site's
// field weights, the reader's words as typed. Browser code (bundled to measure its size).
// The basic build: everything used here, without the extended query syntax this never uses.
import Fuse from 'fuse.js/basic';
import type { GoodsIndexFile } from '../../../src/lib/browser/goods-matcher/matcher.ts';

/**
 * `threshold` is how far a match may be from the words (0 exact, 1 anything; Fuse's default 0.6).
 * Location is ignored: a goods word may stand anywhere in a name, not near its start.
 */
export function createFuseSearch(file: GoodsIndexFile, threshold: number): (query: string) => string[] {
  const fuse = new Fuse(file.goods, {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'name', weight: 2 },
      { name: 'aliases', weight: 3 },
    ],
    threshold,
    ignoreLocation: true,
  });
  return (query) => fuse.search(query, { limit: 8 }).map((result) => result.item.id);
}
