import { z } from 'astro/zod';
import { goodsSchema, statusSchema } from './records.ts';

/**
 * A goods category as published in /goods.json and /goods.csv: the record plus what a compliance
 * team needs beside it (status, rule, addresses). /goods.schema.json is generated from this.
 */
export const publishedGoodsSchema = goodsSchema
  .omit({ rule: true, description: true })
  .extend({
    status: statusSchema.describe(
      'banned: UK export ban; prohibited: North Korea does not let it in; licence-required: North Korea lets it in only with an import licence',
    ),
    ruleId: z.string().describe('The id of the rule the category falls under'),
    rule: z.string().describe('The rule the category falls under'),
    description: z.string().nullable().describe('The guidance text about the category, where it has one'),
    url: z.url().describe('The category’s own page'),
    guidanceUrl: z.url().describe('Where the guidance lists the category'),
  })
  .describe('A goods category and whether it is banned, prohibited or needs a licence');

export const publishedGoodsListSchema = z.object({
  generatedFrom: z.string().describe('The site the list comes from'),
  goods: z.array(publishedGoodsSchema),
});

export type PublishedGoods = z.infer<typeof publishedGoodsSchema>;
