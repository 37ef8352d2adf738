import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the search index from the finished pages in `outDir`. Pagefind's Node API returns its
 * errors instead of throwing them, so each step's errors are collected and any of them (or an
 * index of no pages) is thrown: the site is never published without search.
 *
 * The build script runs this after Astro has exited rather than as an Astro hook: inside the hook
 * Astro still holds every page's data while Pagefind indexes, and the two peaks added up (4.4 GB
 * at 10,000 pages, see docs/performance.md).
 */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const errors: string[] = [];
  const collect = (step: string, result: { errors?: string[] } | undefined) =>
    errors.push(...(result?.errors ?? []).map((error) => `Pagefind ${step}: ${error}`));
  let pages = 0;
  try {
    const created = await pagefind.createIndex({});
    collect('setup', created);
    if (created.index) {
      const added = await created.index.addDirectory({ path: outDir });
      collect('indexing', added);
      pages = added.page_count ?? 0;
      if (errors.length === 0 && pages === 0) errors.push('Pagefind indexed no pages');
      if (errors.length === 0)
        collect('writing', await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
    } else if (errors.length === 0) {
      errors.push('Pagefind could not create an index');
    }
  } finally {
    await pagefind.close();
  }
  if (errors.length > 0) throw new Error(`The search index could not be built:\n${errors.join('\n')}`);
  return { pages };
}
