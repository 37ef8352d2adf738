import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passesFilters, queryString, readQuery, resultsSummary } from '../../../src/lib/browser/search-query.ts';
import type { GoodsEntry } from '../../../src/lib/browser/goods-matcher/matcher.ts';
import { excerptParts } from '../../../src/lib/browser/excerpt.ts';

test('a search address round-trips through the query', () => {
  const query = readQuery(
    new URLSearchParams('q=+caviar+&status=Banned&status=Prohibited&rule=UK+luxury+goods+export+ban'),
  );
  assert.deepEqual(query, { q: 'caviar', status: ['Banned', 'Prohibited'], rule: ['UK luxury goods export ban'] });
  assert.equal(queryString(query), '?q=caviar&status=Banned&status=Prohibited&rule=UK+luxury+goods+export+ban');
  assert.equal(queryString({ q: '', status: [], rule: [] }), '');
});

const caviar = { status: 'banned', rule: 'UK luxury goods export ban' } as GoodsEntry;

test('filters: any of the ticked values within a filter, all filters together; none ticked lets all through', () => {
  assert.equal(passesFilters(caviar, { q: 'x', status: [], rule: [] }), true);
  assert.equal(passesFilters(caviar, { q: 'x', status: ['Banned', 'Prohibited'], rule: [] }), true);
  assert.equal(passesFilters(caviar, { q: 'x', status: ['Prohibited'], rule: [] }), false);
  assert.equal(passesFilters(caviar, { q: 'x', status: ['Banned'], rule: ['UK luxury goods export ban'] }), true);
  assert.equal(passesFilters(caviar, { q: 'x', status: ['Banned'], rule: ['UN oil caps'] }), false);
});

test('the results summary counts goods and guidance and quotes the query', () => {
  assert.equal(
    resultsSummary(1, 2, { q: 'caviar', status: [], rule: [] }),
    '1 goods category and 2 guidance pages for ‘caviar’',
  );
  assert.equal(
    resultsSummary(0, undefined, { q: 'x', status: ['Banned'], rule: [] }),
    'No goods categories for ‘x’, with the filters you chose',
  );
  assert.equal(
    resultsSummary(3, undefined, { q: '', status: ['Banned'], rule: [] }),
    '3 goods categories, with the filters you chose',
  );
});

test('excerpts become text and marks only: markup in the index never becomes markup on the page', () => {
  assert.deepEqual(excerptParts('the <mark>caviar</mark> &amp; roe'), [
    { text: 'the ', mark: false },
    { text: 'caviar', mark: true },
    { text: ' & roe', mark: false },
  ]);
  assert.deepEqual(excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>'), [
    { text: '<img src=x onerror=alert(1)> bold', mark: false },
  ]);
});
