import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, isoDate } from '../../../src/lib/site/dates.ts';

test('dates read as GOV.UK writes them, and as calendar days whatever the time zone', () => {
  const day = new Date('2026-11-23T00:00:00Z');
  assert.equal(formatDate(day), '23 November 2026');
  assert.equal(isoDate(day), '2026-11-23');
  // Late in the evening, UTC, is still the same calendar day.
  assert.equal(formatDate(new Date('2026-01-05T23:30:00Z')), '5 January 2026');
});
