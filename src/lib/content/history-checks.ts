import type { HistoryEntry } from '../../schemas/history.ts';
import { isoDate } from '../site/dates.ts';

/** A mistake in a dated history: the field (as written in a message), its path, and what is wrong. */
export interface HistoryProblem {
  field: string;
  /** The field as a path into the record or front matter, for finding its line. */
  path: Array<string | number>;
  message: string;
}

/**
 * The checks every dated history gets, a guidance page's and a record's alike: entries oldest
 * first, none in the future, and the newest equal to `updated` (so that "last changed" on a page
 * and in the feed is the date of a change the history describes).
 */
export function historyProblems(item: { updated: Date; history: HistoryEntry[] }, today: Date): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const { history, updated } = item;
  history.forEach((entry, index) => {
    const field = `history[${index}].date`;
    const path = ['history', index, 'date'];
    if (entry.date > today) problems.push({ field, path, message: `${isoDate(entry.date)} is in the future` });
    if (index > 0 && entry.date < history[index - 1]!.date)
      problems.push({ field, path, message: 'the change history must be in date order, oldest first' });
  });
  const newest = history.at(-1);
  if (newest && isoDate(newest.date) !== isoDate(updated))
    problems.push({
      field: 'updated',
      path: ['updated'],
      message: `${isoDate(updated)} does not match the newest change in the history (${isoDate(newest.date)})`,
    });
  return problems;
}
