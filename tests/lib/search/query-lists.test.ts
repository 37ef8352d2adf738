import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rulesOutOfOrder, percent, readQueries, score, scoreHeadings } from '../../../src/lib/search/query-lists.ts';

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

test('a kind of rule first that answers show after a right one’s is reported', () => {
  const queries = readQueries(
    'a\tlaptop\tmachinery|computers\na\tbrandy\twine\na\tsoap\tsoap\na\tnothing\t-\na\tcoal from North Korea\tcoal\n',
    'list.tsv',
  );
  // UK export rules rank 0, North Korea's own 2; the import ban 1, or 0 where the words say "from".
  const kinds: Record<string, number> = { machinery: 0, wine: 0, computers: 2, soap: 2, coal: 1, fuel: 0 };
  const rank = (id: string, query: string) => (id === 'coal' && query.includes('from') ? -1 : kinds[id]);
  assert.deepEqual(
    rulesOutOfOrder(queries, [['computers', 'machinery'], ['wine'], ['soap'], [], ['fuel', 'coal']], rank),
    ['laptop → computers', 'coal from North Korea → fuel'],
  );
  assert.deepEqual(rulesOutOfOrder(queries, [['machinery', 'computers'], ['wine'], ['soap'], [], ['coal']], rank), []);
});

test('"+" between right answers asks for all of them among the first five; a fourth column names the heading', () => {
  const queries = readQueries(
    'multi\tFerrari\tluxury+vehicles\t8703\nnone\t1998 Ferrari\tluxury\t-\nany\tcar\tvehicles\t\n',
    'list.tsv',
  );
  assert.deepEqual(queries, [
    { kind: 'multi', query: 'Ferrari', right: ['luxury', 'vehicles'], all: true, heading: '8703' },
    { kind: 'none', query: '1998 Ferrari', right: ['luxury'], heading: null },
    { kind: 'any', query: 'car', right: ['vehicles'] },
  ]);
  const scored = score(queries, [['luxury', 'a', 'b', 'c', 'vehicles'], ['luxury'], ['luxury', 'vehicles']]);
  assert.equal(scored.complete, 3, 'all of "+" within five, and any right answer within five for the others');
  assert.deepEqual(scored.wrongFirst, ['car → luxury']);
  assert.equal(score(queries, [['luxury', 'a', 'b', 'c', 'd', 'vehicles']]).complete, 0);
  assert.throws(
    () => readQueries('a\tcar\tvehicles\t87\n', 'list.tsv'),
    /a heading is four digits, or "-" for no code/,
  );
});

test('a heading must be shown where the list names one, and no code read where it says "-"', () => {
  const queries = readQueries('a\tpram\tvehicles\t8715\nb\tRolex 116610\twatches\t-\nc\tcar\tvehicles\n', 'list.tsv');
  const scored = scoreHeadings(queries, [
    { read: [], shown: ['8715'] },
    { read: ['1166'], shown: ['1166'] },
    { read: [], shown: [] },
  ]);
  assert.deepEqual(scored, { right: 1, total: 2, misses: ['Rolex 116610 → read 1166'] });
});
