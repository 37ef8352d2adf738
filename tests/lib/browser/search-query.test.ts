import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passesFilters, queryString, readQuery, resultsSummary } from '../../../src/lib/browser/search-query.ts';
import { noneThisWay } from '../../../src/lib/browser/goods-matcher/explain.ts';
import type { GoodsEntry, GoodsMatch } from '../../../src/lib/browser/goods-matcher/matcher.ts';
import { excerptParts } from '../../../src/lib/browser/excerpt.ts';

test('a search address round-trips through the query', () => {
  const query = readQuery(
    new URLSearchParams('q=+caviar+&status=Banned&status=Prohibited&rule=UK+luxury+goods+export+ban'),
  );
  assert.deepEqual(query, {
    q: 'caviar',
    status: ['Banned', 'Prohibited'],
    rule: ['UK luxury goods export ban'],
    way: [],
  });
  assert.equal(queryString(query), '?q=caviar&status=Banned&status=Prohibited&rule=UK+luxury+goods+export+ban');
  assert.equal(queryString({ q: '', status: [], rule: [], way: [] }), '');
});

const caviar = { status: 'banned', rule: 'UK luxury goods export ban', way: 'to-north-korea' } as GoodsEntry;
const squid = { status: 'banned', rule: 'UN bans on seafood', way: 'from-north-korea' } as GoodsEntry;

test('filters: any of the ticked values within a filter, all filters together; none ticked lets all through', () => {
  assert.equal(passesFilters(caviar, { q: 'x', status: [], rule: [], way: [] }), true);
  assert.equal(passesFilters(caviar, { q: 'x', status: ['Banned', 'Prohibited'], rule: [], way: [] }), true);
  assert.equal(passesFilters(caviar, { q: 'x', status: ['Prohibited'], rule: [], way: [] }), false);
  assert.equal(
    passesFilters(caviar, { q: 'x', status: ['Banned'], rule: ['UK luxury goods export ban'], way: [] }),
    true,
  );
  assert.equal(passesFilters(caviar, { q: 'x', status: ['Banned'], rule: ['UN oil caps'], way: [] }), false);
});

test('the results summary counts goods and guidance and quotes the query', () => {
  assert.equal(
    resultsSummary(1, 2, { q: 'caviar', status: [], rule: [], way: [] }),
    '1 goods category and 2 guidance pages for ‘caviar’',
  );
  assert.equal(
    resultsSummary(0, undefined, { q: 'x', status: ['Banned'], rule: [], way: [] }),
    'No goods categories for ‘x’, with the filters you chose',
  );
  assert.equal(
    resultsSummary(3, undefined, { q: '', status: ['Banned'], rule: [], way: [] }),
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

test('the direction filter is kept in the address and narrows the goods by their rule’s way', () => {
  const query = readQuery(new URLSearchParams('q=squid&way=from-north-korea'));
  assert.deepEqual(query.way, ['from-north-korea']);
  assert.equal(queryString(query), '?q=squid&way=from-north-korea');
  assert.equal(passesFilters(squid, query), true);
  assert.equal(passesFilters(caviar, query), false);
  assert.equal(passesFilters(caviar, { ...query, way: ['to-north-korea', 'from-north-korea'] }), true);
});

test('rules found only for the other way are said to be so, with what that does not mean', () => {
  const found = (...entries: GoodsEntry[]) => entries.map((entry) => ({ entry }) as GoodsMatch);
  assert.match(
    noneThisWay({ goods: found(squid) })!,
    /^No rule on sending these goods to North Korea was found\. That does not mean you may export them\./,
  );
  assert.equal(noneThisWay({ goods: found(squid, caviar) }), undefined);
  assert.equal(noneThisWay({ goods: [] }), undefined, 'nothing found has its own message');
  assert.match(
    noneThisWay({ goods: found(caviar), way: 'from-north-korea' })!,
    /^No rule on importing these goods from North Korea was found/,
  );
  assert.equal(noneThisWay({ goods: found(squid), way: 'from-north-korea' }), undefined);
});
