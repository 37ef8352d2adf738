/** A calendar date as YYYY-MM-DD, the form both the build and the browser compare. */
export type IsoDay = string;

import { REVIEW_INTERVAL } from '../../schemas/review-interval.ts';

/** When the next review is due: a date as given, or the last review plus an interval. */
export function reviewDueDate(lastReviewed: Date, due: Date | string): Date {
  if (due instanceof Date) return due;
  const match = REVIEW_INTERVAL.exec(due);
  if (!match) throw new Error(`"${due}" is not a review interval such as "6 months"`);
  const amount = Number(match[1]);
  const date = new Date(lastReviewed.getTime());
  if (match[2] === 'day') date.setUTCDate(date.getUTCDate() + amount);
  if (match[2] === 'week') date.setUTCDate(date.getUTCDate() + 7 * amount);
  if (match[2] === 'month') return addMonths(date, amount);
  if (match[2] === 'year') return addMonths(date, 12 * amount);
  return date;
}

/** Months later on the same day, or the month's last day if it is shorter (31 August + 6 months: 28 February). */
function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** Overdue only after the due date: on the day itself the review is due, not late. */
export const isOverdue = (due: IsoDay, today: IsoDay) => today > due;

/** Today in the reader's own calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
