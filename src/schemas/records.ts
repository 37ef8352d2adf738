import { z } from 'astro/zod';
import { calendarDate, httpsUrl, idRef, slug, text } from './common.ts';
import { ukTelephone } from './telephone.ts';
import { sourceSchema } from './guidance.ts';

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

export const STATUSES = ['banned', 'prohibited', 'licence-required'] as const;
export const statusSchema = z.enum(STATUSES);

export const ruleSchema = z.strictObject({
  ...record,
  name: text,
  shortName: text,
  status: statusSchema,
  guidance: idRef,
  sources: z.array(sourceSchema),
  sourceNote: text,
});

export const goodsSchema = z.strictObject({
  ...record,
  name: text,
  rule: idRef,
  group: text,
  aliases: z.array(text).min(1, 'must list at least one everyday word people search with'),
  description: text.optional(),
});

export type Topic = z.infer<typeof topicSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Goods = z.infer<typeof goodsSchema>;
export type Status = z.infer<typeof statusSchema>;
