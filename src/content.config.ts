import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guidanceSchema } from './schemas/guidance.ts';
import { contactSchema, goodsSchema, organisationSchema, ruleSchema, topicSchema } from './schemas/records.ts';
import { RECORD_FILES } from './lib/content/records.ts';

/** Content lives at the top level, outside src/, so that editors only ever touch content/. */
const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? './content';
const records = (name: keyof typeof RECORD_FILES) => file(`${CONTENT_DIR}/${RECORD_FILES[name]}`);

export const collections = {
  guidance: defineCollection({
    // The Markdown source is not kept in the content store: pages use the rendered HTML only.
    loader: glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/guidance`, retainBody: false }),
    schema: guidanceSchema,
  }),
  topics: defineCollection({ loader: records('topics'), schema: topicSchema }),
  organisations: defineCollection({ loader: records('organisations'), schema: organisationSchema }),
  contacts: defineCollection({ loader: records('contacts'), schema: contactSchema }),
  rules: defineCollection({ loader: records('rules'), schema: ruleSchema }),
  goods: defineCollection({ loader: records('goods'), schema: goodsSchema }),
};
