import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: record ids and URL slugs. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens');

/** A record's reference to another record, by id. Existence is checked across the site (site-checks). */
export const idRef = slug;

/** A non-empty line of text. */
export const text = z.string().trim().min(1, 'must not be empty');

/** A path on this site, starting with "/". */
export const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9._\-/]*)$/, 'must be a path on this site that starts with "/", such as /guidance/example.html');

/** An absolute https address (plain http is refused so that no link downgrades the connection). */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an absolute https:// address' });

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export const isIsoDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** YAML turns an unquoted 2024-05-01 into a Date: read it back as the day it was written. */
export const dateToIso = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

/**
 * A calendar date, written YYYY-MM-DD, quoted or not. A string must be a real date: 2024-02-30 is
 * refused, not rolled over into March.
 */
export const calendarDate = z.preprocess(
  dateToIso,
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isIsoDay, { message: 'is not a real calendar date' })
    .transform((value) => new Date(`${value}T00:00:00Z`)),
);
