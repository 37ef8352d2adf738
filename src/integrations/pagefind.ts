import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

/** Errors Pagefind returned, as one message; empty when there were none. */
function errorsOf(step: string, result: { errors?: string[] } | undefined): string[] {
  return (result?.errors ?? []).map((error) => `Pagefind ${step}: ${error}`);
}

/**
 * Builds the search index from the finished pages. Pagefind's Node API returns its errors instead
 * of throwing them, so each step's errors are collected and the build fails on any of them: the
 * site is never published without search.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'app-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefindApi.createIndex({});
        const errors = [...(createErrors ?? [])];
        if (index) {
          const added = await index.addDirectory({ path: outDir });
          errors.push(...errorsOf('indexing', added));
          if (!added.errors?.length && added.page_count === 0) errors.push('Pagefind indexed no pages');
          if (errors.length === 0)
            errors.push(...errorsOf('writing', await index.writeFiles({ outputPath: join(outDir, 'pagefind') })));
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } else if (errors.length === 0) {
          errors.push('Pagefind could not create an index');
        }
        await pagefindApi.close();
        if (errors.length > 0) throw new Error(`The search index could not be built:\n${errors.join('\n')}`);
      },
    },
  };
}
