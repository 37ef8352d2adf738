import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFileName, recordCsvRows, RECORD_HEADING } from '../../../../src/lib/browser/list-check/csv-record.ts';
import type { AnswerRecord } from '../../../../src/lib/browser/answer-record.ts';

const record: AnswerRecord = {
  checkedAt: new Date('2026-12-02T23:05:09Z'),
  timeZone: 'Asia/Tokyo',
  version: { date: '2026-11-23', id: 'adc09c74dd68' },
  newestChange: undefined,
  address: 'https://trade.example.org/check.html',
  notice: 'Ask the helpline.',
};

test('the record’s rows: an empty row, its heading, each field and the notice, each as wide as the table', () => {
  const rows = recordCsvRows(record, 4);
  assert.deepEqual(rows, [
    ['', '', '', ''],
    [RECORD_HEADING, '', '', ''],
    ['Checked', '2026-12-03T08:05:09+09:00 (Asia/Tokyo)', '', ''],
    ['Content version', 'adc09c74dd68 (last changed 2026-11-23)', '', ''],
    ['Rules and categories used last changed', 'None: no goods category was found', '', ''],
    ['Address', 'https://trade.example.org/check.html', '', ''],
    ['Notice', 'Ask the helpline.', '', ''],
  ]);
});

test('the file is named with the reader’s date and time of the check', () => {
  assert.equal(csvFileName(record), 'goods-check-results-2026-12-03-0805.csv');
});
