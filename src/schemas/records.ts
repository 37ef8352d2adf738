import { z } from 'astro/zod';
import { calendarDate, httpsUrl, idRef, slug, text } from './common.ts';
import { ukTelephone } from './telephone.ts';
import { sourceSchema } from './guidance.ts';
import { hsCode, hsScopeSchema } from './nomenclature.ts';
import { historyFields } from './history.ts';
import { DIRECTION_IDS, direction } from './directions.ts';

/** Records kept in one YAML list per collection carry their own id. */
const record = { id: slug };

export const topicSchema = z.strictObject({
  ...record,
  name: text,
  url: z.string().regex(/^\/topic\/[a-z0-9/-]+\.html$/, 'must have the form /topic/<path>.html'),
  description: text,
  parent: idRef.optional(),
});

export const organisationSchema = z.strictObject({
  ...record,
  name: text,
  formerName: text.optional(),
  url: httpsUrl.optional(),
});

export const contactSchema = z.strictObject({
  ...record,
  name: text,
  organisation: idRef,
  email: z.email({ error: 'must be a valid email address' }),
  telephone: ukTelephone,
  address: z.array(text).min(1),
  /** When the details were last checked against the organisation's own published listing. */
  checked: calendarDate,
});

/**
 * What a rule does to goods: `banned` and `restricted` (a cap or conditions, not an outright ban)
 * are the UK's and the UN's rules; `prohibited` and `licence-required` North Korea's own.
 */
export const STATUSES = ['banned', 'restricted', 'prohibited', 'licence-required'] as const;
export const statusSchema = z.enum(STATUSES);

/** Whose rule it is and which way the goods go: one of the kinds in `directions.ts`, in their order. */
export const APPLIES_TO = DIRECTION_IDS;

export const ruleSchema = z
  .strictObject({
    ...record,
    name: text,
    shortName: text,
    status: statusSchema,
    appliesTo: z.enum(APPLIES_TO, {
      error: `must say whose rule it is and which way the goods go: one of ${APPLIES_TO.join(', ')}`,
    }),
    /** What the rule does, in a sentence or two, shown with every category under it. */
    summary: text,
    guidance: idRef,
    /** The codes the rule covers, where its source gives them (the goods of other rules follow from them). */
    hsScope: hsScopeSchema.optional(),
    sources: z.array(sourceSchema),
    sourceNote: text,
    /** Said plainly on every page that shows the rule: what the sources read did not confirm. */
    notVerified: text,
    /** When the rule's record last changed, and each change in plain words (README: recording a change). */
    ...historyFields,
  })
  .superRefine((rule, context) => {
    // A UK rule is law the site states: it is published with the sources it was read in, or not at all.
    if (rule.sources.length === 0 && direction(rule.appliesTo).whose === 'uk')
      context.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `must name at least one source read: a UK rule (${rule.appliesTo}) is not published without one`,
      });
  });

export const goodsSchema = z.strictObject({
  ...record,
  /** The wording of the list the category comes from (the law's or the guidance's), kept as written. */
  name: text.describe('The wording of the list the category comes from'),
  /**
   * Where the list is now worded differently from the earlier copy a guidance page reproduces:
   * that copy's wording, kept on that page (`::goods-list{… wording="earlier"}`) and nowhere else.
   */
  earlierWording: text.optional(),
  /** What people call it, in sentence case: the A to Z's order and the page's title ("Wine and spirits"). */
  everydayName: text
    .regex(/^[A-Z0-9]/, 'must start with a capital letter (sentence case, such as "Wine and spirits")')
    .describe('What people call the category, in sentence case'),
  rule: idRef,
  /**
   * The HS chapters, headings or subheadings its goods fall in, as the nomenclature classifies them:
   * a classification fact, not a claim about the codes of any list. Which code-scoped rules also
   * cover the category follows from them.
   */
  hs: z.array(hsCode).min(1, 'must list at least one code, or be left out').optional(),
  /** Why the category has no codes, or what its codes leave out, in a sentence. */
  hsNote: text.optional(),
  group: text,
  aliases: z.array(text).min(1, 'must list at least one everyday word people search with'),
  description: text.optional(),
  /** Sources for this category beyond its rule's, such as how goods are classified. */
  sources: z.array(sourceSchema).optional(),
  /**
   * Other rules that also apply to these goods, where that does not follow from codes (a North
   * Korean import category → the UK's luxury ban, which is not defined by code).
   */
  alsoUnder: z.array(idRef).optional(),
  /**
   * The category of another rule that holds exactly the same goods, such as dual-use goods going to
   * North Korea and coming from it: the words that find it find this category too.
   */
  sameGoodsAs: idRef.optional(),
  /** When the category's record last changed, and each change in plain words. */
  ...historyFields,
});

export type Topic = z.infer<typeof topicSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Goods = z.infer<typeof goodsSchema>;
export type Status = z.infer<typeof statusSchema>;
