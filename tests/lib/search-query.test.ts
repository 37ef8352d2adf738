import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagefindFilters, queryString, readQuery, resultsSummary } from '../../src/lib/search-query.ts';
import { excerptParts } from '../../src/lib/excerpt.ts';

test('a search address round-trips through the query', () => {
  const query = readQuery(
    new URLSearchParams('q=+caviar+&status=Banned&status=Prohibited&rule=UK+luxury+goods+export+ban'),
  );
  assert.deepEqual(query, { q: 'caviar', status: ['Banned', 'Prohibited'], rule: ['UK luxury goods export ban'] });
  assert.equal(queryString(query), '?q=caviar&status=Banned&status=Prohibited&rule=UK+luxury+goods+export+ban');
  assert.equal(queryString({ q: '', status: [], rule: [] }), '');
});

test('filters: any of the ticked values within a filter; no filter when none is ticked', () => {
  assert.deepEqual(pagefindFilters({ q: 'x', status: ['Banned'], rule: [] }), { status: { any: ['Banned'] } });
  assert.deepEqual(pagefindFilters({ q: 'x', status: [], rule: [] }), {});
});

test('the results summary counts and quotes the query', () => {
  assert.equal(resultsSummary(1, { q: 'caviar', status: [], rule: [] }), '1 result for ‘caviar’');
  assert.equal(
    resultsSummary(0, { q: 'x', status: ['Banned'], rule: [] }),
    'No results for ‘x’, with the filters you chose',
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
