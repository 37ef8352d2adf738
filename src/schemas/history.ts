import { z } from 'astro/zod';
import { calendarDate, text } from './common.ts';

/** One dated change: when it was made and, in plain words, what changed. */
export const historyEntrySchema = z.strictObject({ date: calendarDate, note: text });

/**
 * The dated history guidance pages and records share: `updated` is the date of the newest entry,
 * and the entries run oldest first (the site checks both, and that none is in the future).
 */
export const historyFields = {
  /** The date of the newest change: the last entry of `history`. */
  updated: calendarDate,
  history: z.array(historyEntrySchema).min(1, 'must have at least the first-published entry'),
};

export type HistoryEntry = z.infer<typeof historyEntrySchema>;
