import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GUIDANCE_PER_PAGE,
  changesListPages,
  listPageUrl,
  pageCount,
  pageItems,
  paginationNumbers,
  topicListPages,
} from '../../../src/lib/routes/pagination.ts';

test('page numbers show the first, last and current pages and their neighbours, with gaps for the rest', () => {
  assert.deepEqual(paginationNumbers(1, 1), [1]);
  assert.deepEqual(paginationNumbers(1, 3), [1, 2, 3]);
  assert.deepEqual(paginationNumbers(1, 10), [1, 2, null, 10]);
  assert.deepEqual(paginationNumbers(3, 10), [1, 2, 3, 4, null, 10]);
  assert.deepEqual(paginationNumbers(5, 10), [1, null, 4, 5, 6, null, 10]);
  assert.deepEqual(paginationNumbers(10, 10), [1, null, 9, 10]);
  // One page left out is shown rather than replaced by an ellipsis.
  assert.deepEqual(paginationNumbers(4, 6), [1, 2, 3, 4, 5, 6]);
});

test('list pages: page 1 is the page itself, later pages sit under it, and each holds its share', () => {
  assert.equal(listPageUrl('/topic/a/b.html', 1), '/topic/a/b.html');
  assert.equal(listPageUrl('/topic/a/b.html', 3), '/topic/a/b/page-3.html');
  assert.equal(pageCount(0), 1);
  assert.equal(pageCount(GUIDANCE_PER_PAGE), 1);
  assert.equal(pageCount(GUIDANCE_PER_PAGE + 1), 2);
  const items = Array.from({ length: 45 }, (_, index) => index);
  assert.deepEqual(pageItems(items, 3), [40, 41, 42, 43, 44]);
  assert.equal(pageItems(items, 1).length, GUIDANCE_PER_PAGE);
});

test('each topic gets as many list pages as its guidance fills, and one when it has none', () => {
  const guidance = [
    ...Array.from({ length: GUIDANCE_PER_PAGE * 2 + 1 }, () => ({ data: { topic: 'big' } })),
    { data: { topic: 'small' } },
  ];
  const pages = topicListPages({ guidance });
  assert.equal(pages('big'), 3);
  assert.equal(pages('small'), 1);
  assert.equal(pages('empty'), 1);
});

test('What’s changed takes one list page for every twenty changes, counting every history', () => {
  const dated = (entries: number) => ({ history: Array.from({ length: entries }, () => ({})) });
  assert.equal(changesListPages({ guidance: [], rules: [], goods: [] }), 1);
  assert.equal(changesListPages({ guidance: [{ data: dated(2) }], rules: [dated(8)], goods: [dated(10)] }), 1);
  assert.equal(changesListPages({ guidance: [{ data: dated(2) }], rules: [dated(8)], goods: [dated(11)] }), 2);
});
