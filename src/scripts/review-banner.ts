// Shows the out-of-date banner when today's date, in the reader's own browser, is past the page's
// review date. The build cannot make this comparison: it would be frozen at the day of the build.
import { isOverdue, localToday } from '../lib/browser/review';

export function showOverdueBanners(): void {
  for (const banner of document.querySelectorAll<HTMLElement>('[data-module="app-review-banner"]')) {
    const due = banner.dataset.reviewDue;
    if (due && isOverdue(due, localToday())) banner.hidden = false;
  }
}
