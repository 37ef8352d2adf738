import { isoDate } from '../site/dates.ts';
import { isOverdue, reviewDueDate } from '../browser/review.ts';
import type { GuidanceData } from '../../schemas/guidance.ts';

export interface ReviewRow {
  file: string;
  title: string;
  lastReviewed: string;
  due: string;
  overdue: boolean;
}

/** Every page's review dates, the oldest review first: the order in which pages need a look. */
export function reviewRows(pages: Array<{ file: string; data: GuidanceData }>, today: string): ReviewRow[] {
  return pages
    .map(({ file, data }) => {
      const due = isoDate(reviewDueDate(data.lastReviewed, data.reviewDue));
      return { file, title: data.title, lastReviewed: isoDate(data.lastReviewed), due, overdue: isOverdue(due, today) };
    })
    .sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.file.localeCompare(b.file));
}

/** The build's warning: pages past their review date (it does not fail the build). */
export function overdueWarning(rows: ReviewRow[]): string | undefined {
  const overdue = rows.filter((row) => row.overdue);
  if (overdue.length === 0) return undefined;
  return `${overdue.length} guidance page${overdue.length === 1 ? ' is' : 's are'} past ${overdue.length === 1 ? 'its' : 'their'} review date:\n${overdue
    .map((row) => `  - ${row.file} (review was due ${row.due})`)
    .join('\n')}`;
}
