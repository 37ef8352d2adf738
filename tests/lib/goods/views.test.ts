import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alphabetical, goodsViews } from '../../../src/lib/goods/views.ts';
import type { Goods, Rule } from '../../../src/schemas/records.ts';

test('the A to Z is ordered by everyday name, whatever the capitals or the legal wording', () => {
  const items = [
    { id: 'wine', everydayName: 'Wine and spirits', name: 'high quality wines and spirits' },
    { id: 'horses', everydayName: 'horses', name: 'pure-bred horses' },
    { id: 'art', everydayName: 'Art', name: 'works of art' },
  ];
  assert.deepEqual(
    alphabetical(items).map((item) => item.id),
    ['art', 'horses', 'wine'],
  );
  assert.deepEqual(
    items.map((item) => item.id),
    ['wine', 'horses', 'art'],
    'the list it was given is left as it was',
  );
});

test('each category is listed at its own anchor on its rule’s guidance page, with the rule beside it', () => {
  const rule = { id: 'uk-luxury', guidance: 'luxury' } as unknown as Rule;
  const goods = [{ id: 'caviar', rule: 'uk-luxury', everydayName: 'Caviar' } as unknown as Goods];
  const guidance = new Map([['luxury', { data: { permalink: '/guidance/luxury.html', title: 'Luxury goods' } }]]);
  const [view] = goodsViews(goods, new Map([['uk-luxury', rule]]), guidance);
  assert.equal(view?.ruleRecord, rule);
  assert.deepEqual(view?.listedAt, { url: '/guidance/luxury.html#goods-caviar', title: 'Luxury goods' });
  assert.equal(view?.everydayName, 'Caviar');
});
