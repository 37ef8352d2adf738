import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCodes } from '../../../../src/lib/browser/goods-matcher/code-reader.ts';

const KNOWN = new Set(['8703', '8301', '9306', '8471', '8715', '2204']);
const codes = (text: string) => readCodes(text, (heading) => KNOWN.has(heading)).codes.map((read) => read.code);

test('a code in any common form is read: dotted, spaced, run together, after a code word, a chapter', () => {
  assert.deepEqual(codes('8703.23'), ['870323']);
  assert.deepEqual(codes('8703.23.19'), ['87032319']);
  assert.deepEqual(codes('8703 23 19 90'), ['8703231990']);
  assert.deepEqual(codes('870323'), ['870323']);
  assert.deepEqual(codes('8703231990'), ['8703231990']);
  assert.deepEqual(codes('8703'), ['8703'], 'four digits alone are a heading');
  assert.deepEqual(codes('HS 9306'), ['9306']);
  assert.deepEqual(codes('HS8471'), ['8471']);
  assert.deepEqual(codes('H.S. Code 8703'), ['8703']);
  assert.deepEqual(codes('commodity code 8471 30 00'), ['84713000']);
  assert.deepEqual(codes('tariff code 8471.30'), ['847130']);
  assert.deepEqual(codes('HS code: 8703.23.19 used Toyota'), ['87032319']);
  assert.deepEqual(codes('chapter 87'), ['87']);
  assert.deepEqual(codes('Chapter 7 goods'), ['07']);
  assert.deepEqual(codes('8301 - padlocks'), ['8301'], 'a heading leading a line, set off by a dash');
  assert.deepEqual(codes('84.71'), ['8471'], 'the HS notation for a heading, alone');
  assert.deepEqual(codes('Laptop 84.71'), [], 'but not inside a line, where it is more likely a price');
});

test('a code word makes any well-formed code a code, known or not; without one, only headings the site knows', () => {
  assert.deepEqual(codes('HS 9608'), ['9608']);
  assert.deepEqual(codes('9608.10'), ['960810'], "alone, digits in a code's shape are meant as one");
  assert.deepEqual(codes('Pens 9608.10'), [], 'in a line, a code the site does not list needs a code word');
  assert.deepEqual(codes('7701'), [], 'chapter 77 is empty');
  assert.deepEqual(codes('HS 870'), [], 'an odd number of digits is not a code');
});

test('codes are read inside invoice lines, and a quantity after them is left out of the code', () => {
  assert.deepEqual(codes('Steel padlocks, HS 8301.10, 200 pcs'), ['830110']);
  assert.deepEqual(codes('HS 8703 24 bottles'), ['8703']);
  assert.deepEqual(codes('24 x 750ml 870323 wine'), ['870323']);
  const { rest } = readCodes('Steel padlocks, HS 8301.10, 200 pcs', (heading) => KNOWN.has(heading));
  assert.equal(rest.includes('8301'), false, 'the code is taken out of the words to be matched');
  assert.equal(/\bHS\b/.test(rest), false, 'and so is the word that introduced it');
  assert.ok(rest.includes('padlocks'));
});

test('numbers that are not codes are never read as codes', () => {
  for (const text of [
    '2 x 8703 pcs',
    'Rolex 116610LN',
    'WH-1000XM4',
    'Boeing 737',
    '£8703.23',
    'Price 8703.23',
    '8703.23 GBP',
    'Order 87032319',
    'Model 870323',
    '1998 Ferrari 8703',
    '8301 padlocks',
    'Toyota Land Cruiser 2019',
    'iPhone 15 Pro 256GB',
    'Samsung 65 inch TV',
    '8703 kg of scrap',
  ])
    assert.deepEqual(codes(text), [], text);
});
