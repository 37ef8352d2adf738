import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { CSV_COLUMNS, resultRows, toCsv } from '../../../../src/lib/browser/list-check/csv.ts';
import type { CheckedLine, ExplainedLine } from '../../../../src/lib/browser/list-check/check.ts';
import { explain } from '../../../../src/lib/browser/goods-matcher/explain.ts';
import type { GoodsEntry } from '../../../../src/lib/browser/goods-matcher/matcher.ts';

const entry = (id: string, title: string, status: string, ruleName: string): GoodsEntry => ({
  id,
  title,
  name: title,
  status,
  ruleId: 'r',
  rule: 'r',
  ruleName,
  url: `/goods/${id}.html`,
  ukExport: true,
  ruleByCode: false,
});
const options = { origin: 'https://example.test', notMatchedNote: 'No category found: ask the helpline.' };

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

test('one row per line: the code read, the first category, its status, rule, page and why, the others, and a note', () => {
  assert.deepEqual(resultRows(checked, options), [
    [
      '1',
      'Lenovo ThinkPad X1, "Gen 11"',
      '',
      'Machinery',
      'Banned',
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
      'No category found: ask the helpline.',
    ],
    [
      '4',
      'Padlocks, HS 8301.40',
      'Commodity code HS 8301.40: HS 8301: Padlocks and locks, in chapter 83: Base metal goods.',
      'Metals',
      'Banned',
      'UN ban',
      'https://example.test/goods/metals.html',
      'Commodity code HS 8301.40, in HS 8301: Padlocks and locks',
      '',
      '',
    ],
  ]);
});

test('the CSV starts with a byte order mark and a header row, and reads back to the same cells', () => {
  const csv = toCsv(resultRows(checked, options));
  assert.ok(csv.startsWith('\uFEFFLine,Goods as given,'));
  const read = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(read[0], CSV_COLUMNS);
  assert.deepEqual(read.slice(1), resultRows(checked, options));
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
  const read = Papa.parse<string[]>(toCsv(rows).slice(1), { skipEmptyLines: true }).data.slice(1);
  assert.deepEqual(
    read.map((row) => row[1]),
    lines.map((text) => `'${text}`),
  );
  // Ordinary text is left as it is.
  const plain = Papa.parse<string[]>(toCsv([['1', 'Rolex 5711/1A = gift']]).slice(1)).data[1];
  assert.equal(plain?.[1], 'Rolex 5711/1A = gift');
});
