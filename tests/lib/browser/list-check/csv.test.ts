import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { parse as parseCsv } from 'csv-parse/sync';
import { CSV_COLUMNS, resultRows, toCsv } from '../../../../src/lib/browser/list-check/csv.ts';
import type { CheckedLine, ExplainedLine } from '../../../../src/lib/browser/list-check/check.ts';
import { explain } from '../../../../src/lib/browser/goods-matcher/explain.ts';
import type { GoodsEntry } from '../../../../src/lib/browser/goods-matcher/matcher.ts';
import { kindOf } from '../../../../src/lib/browser/goods-matcher/index-file.ts';
import type { AnswerRecord } from '../../../../src/lib/browser/answer-record.ts';

const entry = (id: string, title: string, status: string, ruleName: string): GoodsEntry => ({
  id,
  title,
  name: title,
  status,
  ruleId: 'r',
  rule: 'r',
  ruleName,
  url: `/goods/${id}.html`,
  direction: 'uk-export',
  ...kindOf('uk-export'),
  ruleByCode: false,
});
const options = { origin: 'https://example.test', notMatchedNote: 'No category found: ask the helpline.' };
const record: AnswerRecord = {
  checkedAt: new Date('2026-12-02T14:05:09Z'),
  timeZone: 'Europe/London',
  version: { date: '2026-11-23', id: 'adc09c74dd68' },
  newestChange: '2026-11-20',
  address: 'https://example.test/check.html',
  notice: 'Finding no goods category does not mean the goods may be sent.',
};

const found: CheckedLine[] = [
  {
    number: 1,
    text: 'Lenovo ThinkPad X1, "Gen 11"',
    goods: [
      {
        entry: entry('machinery', 'Machinery', 'banned', 'UN ban'),
        score: 2,
        matched: ['thinkpad'],
        found: 'words',
        codes: [],
      },
      {
        entry: entry('computers', 'Computers', 'licence-required', 'NK licence'),
        score: 1,
        matched: ['thinkpad'],
        found: 'words',
        codes: [],
      },
    ],
    codes: [],
  },
  { number: 3, text: 'Ballpoint pens', goods: [], codes: [] },
  {
    number: 4,
    text: 'Padlocks, HS 8301.40',
    goods: [
      {
        entry: { ...entry('metals', 'Metals', 'banned', 'UN ban'), ruleByCode: true },
        score: 3,
        matched: ['HS 8301.40'],
        found: 'code',
        codes: [{ code: '8301', label: 'Padlocks and locks' }],
      },
    ],
    codes: [
      {
        code: '830140',
        text: 'HS 8301.40',
        heading: { code: '8301', label: 'Padlocks and locks' },
        chapter: { code: '83', label: 'Base metal goods' },
        listed: true,
      },
    ],
  },
];

/** The lines as the page has them once explained. */
const checked: ExplainedLine[] = found.map((line) => {
  const { goods, codes } = explain({ goods: line.goods, codes: line.codes, rules: [] });
  return { ...line, goods, codes };
});

test('one row per line: the code read, the first category, its status, whose rule and which way, rule, page and why, the others, and a note', () => {
  assert.deepEqual(resultRows(checked, options), [
    [
      '1',
      'Lenovo ThinkPad X1, "Gen 11"',
      '',
      'Machinery',
      'Banned',
      'UK rule on exporting to North Korea',
      'UN ban',
      'https://example.test/goods/machinery.html',
      'Matched: thinkpad',
      'Computers (Licence required)',
      '',
    ],
    [
      '3',
      'Ballpoint pens',
      '',
      'No category found',
      'Not matched',
      '',
      '',
      '',
      '',
      '',
      'No category found: ask the helpline.',
    ],
    [
      '4',
      'Padlocks, HS 8301.40',
      'Commodity code HS 8301.40: HS 8301: Padlocks and locks, in chapter 83: Base metal goods.',
      'Metals',
      'Banned',
      'UK rule on exporting to North Korea',
      'UN ban',
      'https://example.test/goods/metals.html',
      'Commodity code HS 8301.40, in HS 8301: Padlocks and locks',
      '',
      '',
    ],
  ]);
});

test('the CSV starts with a byte order mark and a header row, and reads back to the same cells, then the record', () => {
  const csv = toCsv(resultRows(checked, options), record);
  assert.ok(csv.startsWith('\uFEFFLine,Goods as given,'));
  // Read by another library than the one that wrote it, strictly: every row as wide as the header.
  const read = parseCsv(csv, { bom: true, relax_column_count: false }) as string[][];
  assert.deepEqual(read[0], CSV_COLUMNS);
  const lines = checked.length;
  assert.deepEqual(read.slice(1, 1 + lines), resultRows(checked, options));
  const pad = (...cells: string[]) => [...cells, ...Array<string>(CSV_COLUMNS.length - cells.length).fill('')];
  assert.deepEqual(read.slice(1 + lines), [
    pad(),
    pad('Record of this check'),
    pad('Checked', '2026-12-02T14:05:09+00:00 (Europe/London)'),
    pad('Content version', 'adc09c74dd68 (last changed 2026-11-23)'),
    pad('Rules and categories used last changed', '2026-11-20'),
    pad('Address', 'https://example.test/check.html'),
    pad('Notice', 'Finding no goods category does not mean the goods may be sent.'),
  ]);
  // A program that reads the first row as names, and stops at the first empty row, reads the lines alone.
  const table = parseCsv(csv.split(`\r\n${','.repeat(CSV_COLUMNS.length - 1)}\r\n`)[0]!, {
    bom: true,
    columns: true,
  }) as Array<Record<string, string>>;
  assert.deepEqual(
    table.map((row) => row['Goods as given']),
    checked.map((line) => line.text),
  );
});

test('a cell a spreadsheet would run as a formula gets a quote mark in front of it', () => {
  const lines = [
    '=HYPERLINK("http://x.test","click")',
    '+44 watches',
    '-5 rings',
    '@SUM(A1)',
    '\tcmd',
    '\r=1',
    '=1\n=2',
  ];
  const rows = lines.map((text, index) => [String(index + 1), text]);
  const read = Papa.parse<string[]>(toCsv(rows, record).slice(1), { skipEmptyLines: true }).data.slice(
    1,
    1 + lines.length,
  );
  assert.deepEqual(
    read.map((row) => row[1]),
    lines.map((text) => `'${text}`),
  );
  // Ordinary text is left as it is.
  const plain = Papa.parse<string[]>(toCsv([['1', 'Rolex 5711/1A = gift']], record).slice(1)).data[1];
  assert.equal(plain?.[1], 'Rolex 5711/1A = gift');
});
