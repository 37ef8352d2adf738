import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOverdue, localToday, reviewDueDate } from '../../../src/lib/browser/review.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

test('a review interval is added to the last review, in calendar units; a month too short for the day ends the review period on its last day', () => {
  assert.equal(iso(reviewDueDate(day('2026-01-31'), '10 days')), '2026-02-10');
  assert.equal(iso(reviewDueDate(day('2026-01-01'), '2 weeks')), '2026-01-15');
  assert.equal(iso(reviewDueDate(day('2025-11-24'), '6 months')), '2026-05-24');
  assert.equal(iso(reviewDueDate(day('2024-02-29'), '1 year')), '2025-02-28');
  assert.equal(iso(reviewDueDate(day('2026-08-31'), '6 months')), '2027-02-28');
  assert.equal(iso(reviewDueDate(day('2026-01-31'), '1 month')), '2026-02-28');
  assert.equal(iso(reviewDueDate(day('2026-11-30'), '3 months')), '2027-02-28');
  assert.equal(iso(reviewDueDate(day('2027-12-15'), '1 month')), '2028-01-15');
});

test('a due date given as a date is kept as it is', () => {
  assert.equal(iso(reviewDueDate(day('2026-01-01'), day('2030-06-30'))), '2030-06-30');
});

test('an interval that is not one is refused with what it should look like', () => {
  assert.throws(() => reviewDueDate(day('2026-01-01'), 'soon'), /"soon" is not a review interval such as "6 months"/);
});

test('a review is overdue only after its due day', () => {
  assert.equal(isOverdue('2027-05-24', '2027-05-23'), false);
  assert.equal(isOverdue('2027-05-24', '2027-05-24'), false);
  assert.equal(isOverdue('2027-05-24', '2027-05-25'), true);
});

test('today is the reader’s own calendar day, with two-digit month and day', () => {
  assert.equal(localToday(new Date(2027, 0, 5, 23, 59)), '2027-01-05');
  assert.equal(localToday(new Date(2027, 11, 31, 0, 0)), '2027-12-31');
});
