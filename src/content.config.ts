import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidanceSchema } from './schemas/guidance.ts';

/** Content lives at the top level, outside src/, so that editors only ever touch content/. */
const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? './content';

/**
 * The guidance pages are Astro's one collection: Astro renders their Markdown. The records (topics,
 * goods, rules…) are plain YAML lists read by `loadRecords` (src/lib/content/records.ts), which
 * reports a mistake with its line; see RECORD_TYPES there.
 */
export const collections = {
  guidance: defineCollection({
    // The Markdown source is not kept in the content store: pages use the rendered HTML only.
    loader: glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/guidance`, retainBody: false }),
    schema: guidanceSchema,
  }),
};
