import { z } from 'astro/zod';
import { calendarDate, dateToIso, httpsUrl, idRef, isIsoDay, sitePath, text } from './common.ts';
import { isReviewInterval } from './review-interval.ts';
import { historyFields } from './history.ts';

const GUIDANCE_PERMALINK = /^\/guidance\/[a-z0-9]+(?:-[a-z0-9]+)*\.html$/;

/** One sentence: it ends with a full stop (or ? or !) and has no other sentence break inside. */
const oneSentence = text
  .refine((value) => /[.?!]$/.test(value), { message: 'must be one sentence ending with a full stop' })
  .refine((value) => !/[.?!]\s+[A-Z]/.test(value.slice(0, -1)), { message: 'must be one sentence, not several' });

const breadcrumbSchema = z.strictObject({ name: text, url: sitePath });

export const sourceSchema = z.strictObject({
  title: text,
  url: httpsUrl.optional(),
  /** Said plainly where a source is not known or needs explaining. */
  note: text.optional(),
});

/** The licences reused text can come under; "unknown" is said plainly on the page. */
const licenceSchema = z.enum(['ogl-3', 'own', 'unknown']);

export const guidanceSchema = z.strictObject({
  title: text,
  summary: oneSentence,
  permalink: z.string().regex(GUIDANCE_PERMALINK, 'must have the form /guidance/<lower-case-words-with-hyphens>.html'),
  breadcrumbs: z.array(breadcrumbSchema).min(1, 'must have at least "Home"'),
  topic: idRef,
  organisation: idRef,
  published: calendarDate,
  ...historyFields,
  /** When someone last checked that the page is still right. */
  lastReviewed: calendarDate,
  /** When it must be checked again: a date, or an interval from the last review ("6 months"). */
  reviewDue: z.preprocess(
    dateToIso,
    z
      .string()
      .refine((value) => isReviewInterval(value) || isIsoDay(value), {
        message: 'must be a date (YYYY-MM-DD) or an interval from the last review, such as "6 months"',
      })
      .transform((value) => (isReviewInterval(value) ? value : new Date(`${value}T00:00:00Z`))),
  ),
  source: sourceSchema,
  licence: licenceSchema,
  related: z.array(idRef).default([]),
  /**
   * Govspeak's auto-numbered headings ("1.", "1.1", …): true for h2 to h6, or the levels to number,
   * such as [2, 3]. See docs/govspeak.md.
   */
  autoNumberedHeadings: z
    .union([
      z.boolean(),
      z.array(z.number().int().min(2).max(6)).min(1, 'must list at least one level, such as [2, 3]'),
    ])
    .optional(),
});

export type GuidanceData = z.infer<typeof guidanceSchema>;
export type Source = z.infer<typeof sourceSchema>;
