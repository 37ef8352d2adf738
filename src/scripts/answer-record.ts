// Shows the record of an answer (loaded with the goods matcher, so the page's own script stays
// small): when it was made, against which content, and where. The list checker shows it with its
// results; the search page prints it under its answer.
import { newestChange, recordRows, type AnswerRecord, type ContentDates } from '../lib/browser/answer-record';
import type { GoodsEntry } from '../lib/browser/goods-matcher/matcher';
import { element } from './dom';

/** Makes the record of an answer made at `checkedAt` (by the reader's clock), and shows it in `section`. */
export function recordAnswer(
  section: HTMLElement,
  goods: GoodsEntry[],
  dates: ContentDates,
  checkedAt = new Date(),
): AnswerRecord {
  const record: AnswerRecord = {
    checkedAt,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    version: dates.version,
    newestChange: newestChange(goods, dates),
    address: location.href,
    notice: section.dataset.notice ?? '',
  };
  section.querySelector('dl')!.replaceChildren(
    ...recordRows(record).map(({ label, text }) => {
      const row = element('div', 'govuk-summary-list__row');
      row.append(element('dt', 'govuk-summary-list__key', label), element('dd', 'govuk-summary-list__value', text));
      return row;
    }),
  );
  section.hidden = false;
  return record;
}
