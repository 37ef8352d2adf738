import { z } from 'astro/zod';
import { APPLIES_TO, goodsSchema, statusSchema } from './records.ts';
import { DIRECTIONS } from './directions.ts';
import { hsCode } from './nomenclature.ts';

/**
 * A goods category as published in /goods.json and /goods.csv: the record plus what a compliance
 * team needs beside it (status, rule, addresses). /goods.schema.json is generated from this.
 */
export const publishedGoodsSchema = goodsSchema
  .omit({
    rule: true,
    description: true,
    sources: true,
    alsoUnder: true,
    hs: true,
    hsNote: true,
    updated: true,
    history: true,
  })
  .extend({
    status: statusSchema.describe(
      'banned: the UK (or the UN sanctions the UK gives effect to) bans exporting it to North Korea, or importing it from North Korea, as appliesTo says; restricted: the UN caps supplies, with conditions; prohibited: North Korea is reported not to let it in; licence-required: North Korea is reported to let it in only with an import licence',
    ),
    appliesTo: z.enum(APPLIES_TO).describe(DIRECTIONS.map((kind) => `${kind.id}: ${kind.describe}`).join('; ')),
    ruleId: z.string().describe('The id of the rule the category falls under'),
    rule: z.string().describe('The rule the category falls under'),
    description: z.string().nullable().describe('The guidance text about the category, where it has one'),
    url: z.url().describe('The category’s own page'),
    guidanceUrl: z.url().describe('Where the guidance lists the category'),
    notVerified: z.string().describe('What the sources read for the rule did not confirm'),
    alsoUnder: z
      .array(z.string())
      .describe(
        'The ids of other rules that also apply to these goods: those whose code scope takes in the category’s codes, and those its record names',
      ),
    hs: z
      .array(hsCode)
      .describe(
        'The HS chapters (2 digits), headings (4) or subheadings (6) the category’s goods are classified in, from the HS nomenclature: where such goods are classified, not the codes of any list',
      ),
    hsNote: z.string().nullable().describe('Why the category has no codes, or what its codes leave out'),
    ruleHsScope: z
      .array(hsCode)
      .describe(
        'The codes all of whose goods the category’s rule covers, where its source defines it by code; empty where the rule is not known by code',
      ),
    updated: z.iso.date().describe('When the category last changed (YYYY-MM-DD); its page says what changed'),
    ruleUpdated: z.iso.date().describe('When the rule the category falls under last changed (YYYY-MM-DD)'),
  })
  .describe('A goods category and whether it is banned, prohibited or needs a licence');

export const publishedGoodsListSchema = z.object({
  generatedFrom: z.string().describe('The site the list comes from'),
  notice: z.string().describe('How to read the list: a category not found does not mean goods may be sent'),
  goods: z.array(publishedGoodsSchema),
});

export type PublishedGoods = z.infer<typeof publishedGoodsSchema>;
