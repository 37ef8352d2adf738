import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  columnText,
  descriptionColumn,
  fileProblem,
  readListFile,
} from '../../../../src/lib/browser/list-check/file.ts';

const packingList = [
  '\uFEFFItem no,Description,Qty,Unit price',
  'A-100,"24 x Hennessy VS Cognac, 70cl",24,35.00',
  'A-101,"Rolex Submariner',
  'Date 126610LN",1,9000',
  '',
  'A-102,Bechstein upright piano,1,12000',
].join('\r\n');

test('a CSV file: the first row names the columns, quoted cells and empty rows are read right', () => {
  const file = readListFile('packing-list.csv', packingList);
  assert.deepEqual(file.columns, ['Item no', 'Description', 'Qty', 'Unit price']);
  assert.equal(file.rows.length, 3);
  assert.equal(descriptionColumn(file), 1);
  assert.equal(
    columnText(file, descriptionColumn(file)),
    '24 x Hennessy VS Cognac, 70cl\nRolex Submariner Date 126610LN\nBechstein upright piano',
  );
});

test('the description column is found by its name, else as the column with the most words', () => {
  const named = (columns: string[]) => descriptionColumn({ columns, rows: [] });
  assert.equal(named(['SKU', 'Product code', 'Goods description', 'Qty']), 2);
  assert.equal(named(['Item number', 'Item', 'Quantity']), 1);
  assert.equal(named(['Code', 'Customer name', 'Description']), 2);
  const unnamed = readListFile('list.csv', 'A,B,C\n1,Cognac VSOP,24\n2,Upright piano,1\n');
  assert.equal(descriptionColumn(unnamed), 1);
});

test('a text file is one item per line', () => {
  const file = readListFile('list.txt', 'Cognac\r\n\r\nRolex, gold\n');
  assert.equal(columnText(file, 0), 'Cognac\n\nRolex, gold\n');
});

test('files that are not CSV or text, empty or too large are refused with a reason', () => {
  assert.equal(fileProblem('invoice.csv', 2000), undefined);
  assert.equal(fileProblem('list.TXT', 10), undefined);
  assert.match(fileProblem('invoice.xlsx', 2000) ?? '', /must be a CSV file \(\.csv\) or a text file/);
  assert.match(fileProblem('invoice.csv', 0) ?? '', /empty/);
  assert.match(fileProblem('invoice.csv', 6 * 1024 * 1024) ?? '', /smaller than 5 MB/);
});
