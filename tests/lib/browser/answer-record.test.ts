import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dayInWords,
  localTime,
  newestChange,
  recordRows,
  type AnswerRecord,
  type ContentDates,
} from '../../../src/lib/browser/answer-record.ts';

const dates: ContentDates = {
  version: { date: '2026-11-30', id: 'adc09c74dd68' },
  rules: { ban: '2026-11-20', licence: '2026-11-25' },
  goods: { caviar: '2026-11-23', laptops: '2026-11-01', wine: '2026-11-28' },
};

test('the newest change to the rules and categories of an answer, or none when nothing matched', () => {
  assert.equal(newestChange([{ id: 'caviar', ruleId: 'ban' }], dates), '2026-11-23');
  assert.equal(newestChange([{ id: 'laptops', ruleId: 'licence' }], dates), '2026-11-25', 'the rule is newer');
  assert.equal(
    newestChange(
      [
        { id: 'caviar', ruleId: 'ban' },
        { id: 'wine', ruleId: 'ban' },
      ],
      dates,
    ),
    '2026-11-28',
  );
  assert.equal(newestChange([], dates), undefined);
});

test('the time of a check in the reader’s own time zone, with its offset from UTC, in ISO 8601 and in words', () => {
  const moment = new Date('2026-12-02T14:05:09Z');
  assert.deepEqual(localTime(moment, 'Europe/London'), {
    iso: '2026-12-02T14:05:09+00:00',
    text: '2 December 2026 at 2:05pm (Europe/London, UTC+00:00)',
    offset: '+00:00',
  });
  // Summer time, a half-hour zone, a zone west of UTC, and a date that is already tomorrow there.
  assert.equal(localTime(new Date('2026-07-01T09:00:00Z'), 'Europe/London').iso, '2026-07-01T10:00:00+01:00');
  assert.equal(localTime(moment, 'Asia/Kolkata').text, '2 December 2026 at 7:35pm (Asia/Kolkata, UTC+05:30)');
  assert.equal(localTime(moment, 'America/New_York').iso, '2026-12-02T09:05:09-05:00');
  assert.equal(localTime(new Date('2026-12-02T23:30:00Z'), 'Asia/Tokyo').iso, '2026-12-03T08:30:00+09:00');
  assert.equal(localTime(new Date('2026-12-02T00:05:00Z'), 'UTC').text, '2 December 2026 at 12:05am (UTC, UTC+00:00)');
  // The ISO form names the same instant.
  for (const zone of ['Europe/London', 'Asia/Kolkata', 'America/New_York', 'Pacific/Chatham'])
    assert.equal(Date.parse(localTime(moment, zone).iso), moment.getTime(), zone);
});

test('a record’s fields, for a person and for a spreadsheet', () => {
  const record: AnswerRecord = {
    checkedAt: new Date('2026-12-02T14:05:09Z'),
    timeZone: 'Europe/Paris',
    version: dates.version,
    newestChange: '2026-11-28',
    address: 'https://trade.example.org/check.html',
    notice: 'Finding no goods category does not mean the goods may be sent.',
  };
  assert.deepEqual(recordRows(record), [
    {
      label: 'Checked',
      text: '2 December 2026 at 3:05pm (Europe/Paris, UTC+01:00)',
      value: '2026-12-02T15:05:09+01:00 (Europe/Paris)',
    },
    {
      label: 'Content version',
      text: 'adc09c74dd68, last changed 30 November 2026',
      value: 'adc09c74dd68 (last changed 2026-11-30)',
    },
    { label: 'Rules and categories used last changed', text: '28 November 2026', value: '2026-11-28' },
    {
      label: 'Address',
      text: 'https://trade.example.org/check.html',
      value: 'https://trade.example.org/check.html',
    },
  ]);
  const nothing = recordRows({ ...record, newestChange: undefined })[2]!;
  assert.equal(nothing.text, 'None: no goods category was found');
  assert.equal(dayInWords('2026-02-01'), '1 February 2026');
});
