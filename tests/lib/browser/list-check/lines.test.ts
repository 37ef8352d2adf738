import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_LINES, splitLines } from '../../../../src/lib/browser/list-check/lines.ts';

test('a pasted list becomes its non-empty lines, trimmed, each with its line number', () => {
  assert.deepEqual(splitLines('  24 x Hennessy VS 70cl \r\n\n\t\nRolex Submariner\rpiano\n'), {
    lines: [
      { number: 1, text: '24 x Hennessy VS 70cl' },
      { number: 4, text: 'Rolex Submariner' },
      { number: 5, text: 'piano' },
    ],
    left: 0,
  });
});

test('an empty list has no lines', () => {
  assert.deepEqual(splitLines(' \n\n '), { lines: [], left: 0 });
});

test('at most 1,000 lines are checked; the rest are counted, not dropped silently', () => {
  const text = Array.from({ length: MAX_LINES + 5 }, (_, index) => `item ${index + 1}`).join('\n\n');
  const { lines, left } = splitLines(text);
  assert.equal(MAX_LINES, 1000);
  assert.equal(lines.length, 1000);
  assert.deepEqual(lines.at(-1), { number: 1999, text: 'item 1000' });
  assert.equal(left, 5);
});
