import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, spellingCorrector } from '../../../../src/lib/browser/goods-matcher/spelling.ts';
import { words } from '../../../../src/lib/browser/goods-matcher/text.ts';

const vocabulary = ['caviar', 'champagne', 'lamborghini', 'boots', 'ammunition', 'rolls-royce', 'ring'].flatMap(
  (text) => words(text).map((word) => [word.raw, word.term] as const),
);
const correct = spellingCorrector(vocabulary);
const corrected = (text: string) => words(text).map((word) => correct(word).corrected ?? null)[0];

test('edit distance counts a swap of neighbouring letters as one slip', () => {
  assert.equal(editDistance('cavair', 'caviar', 2), 1);
  assert.equal(editDistance('champain', 'champagne', 2), 2);
  assert.equal(editDistance('abc', 'xyz', 1), 2, 'stops once past the limit');
});

test('a misspelt word becomes the known word nearest to it', () => {
  assert.equal(corrected('cavair'), 'caviar');
  assert.equal(corrected('champain'), 'champagne');
  assert.equal(corrected('lamborgini'), 'lamborghini');
  assert.equal(corrected('ammunitoin'), 'ammunition');
});

test('known words, short words, other first letters and real words of five letters are left alone', () => {
  assert.equal(corrected('caviar'), null);
  assert.equal(corrected('books'), null, 'not "boots"');
  assert.equal(corrected('range'), null, 'not "ring"');
  assert.equal(corrected('kaviar'), null, 'first letter differs');
  assert.equal(corrected('Rolls-Royce'), null, 'a hyphenated word the index knows');
});
