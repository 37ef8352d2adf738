import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importRuleFirst, percent, readQueries, score } from '../../../src/lib/search/query-lists.ts';

test('a list is read line by line, skipping comments and blank lines; several right answers split on "|"', () => {
  const list =
    '# kind\tquery\tright\n\nbrand\tRolex\twatches\nvague\tsomething\t-\nboth\tlaptop\tcomputers|machinery\n';
  assert.deepEqual(readQueries(list, 'list.tsv'), [
    { kind: 'brand', query: 'Rolex', right: ['watches'] },
    { kind: 'vague', query: 'something', right: ['-'] },
    { kind: 'both', query: 'laptop', right: ['computers', 'machinery'] },
  ]);
});

test('a line without its answer names the file and the line', () => {
  assert.throws(
    () => readQueries('brand\tRolex\n', 'list.tsv'),
    /list\.tsv: a line needs kind, query and answer: "brand\tRolex"/,
  );
});

test('top-1 and top-3 count the right answer’s rank; "none" scores only when nothing is shown', () => {
  const queries = readQueries('a\tone\tx\na\ttwo\tx\na\tthree\tx\na\tfour\t-\na\tfive\t-\n', 'list.tsv');
  const scored = score(queries, [['x', 'y'], ['y', 'z', 'x'], ['y', 'z', 'w', 'x'], [], ['y']]);
  assert.equal(scored.top1, 2);
  assert.equal(scored.top3, 3);
  assert.equal(scored.total, 5);
  assert.deepEqual(scored.misses, ['two → y, z, x (rank 3)', 'three → y, z, w (rank 4)', 'five → y (rank -)']);
  assert.equal(percent(2, 3), '66.7%');
});

test('a North Korean import rule first where a right answer is under a UK export rule is reported', () => {
  const queries = readQueries(
    'a\tlaptop\tmachinery|computers\na\tbrandy\twine\na\tsoap\tsoap\na\tnothing\t-\n',
    'list.tsv',
  );
  const uk = (id: string) => id === 'machinery' || id === 'wine';
  assert.deepEqual(importRuleFirst(queries, [['computers', 'machinery'], ['wine'], ['soap'], []], uk), [
    'laptop → computers',
  ]);
  assert.deepEqual(importRuleFirst(queries, [['machinery', 'computers'], ['wine'], ['soap'], []], uk), []);
});
