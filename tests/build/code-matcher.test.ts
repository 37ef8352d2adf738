// A code search is answered before the word index is built, by the matcher made at once without
// it: for every query of the labelled lists that names goods only by code, and every heading and
// chapter code the site lists, in the forms readers write them, its answer is the full matcher's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCodeMatcher, createMatcher, type GoodsIndexFile } from '../../src/lib/browser/goods-matcher/matcher.ts';
import { DIST } from '../../dev/paths.ts';
import { readQueries } from '../support/queries.ts';

const LISTS = [
  'commodity-codes.tsv',
  'commodity-codes-held-out.tsv',
  'chapter-goods.tsv',
  'multi-rule-goods.tsv',
  'search-queries.tsv',
  'invoice-lines.tsv',
];

const index = JSON.parse(readFileSync(join(DIST, 'goods-index.json'), 'utf8')) as GoodsIndexFile;
const full = createMatcher(index);
const codes = createCodeMatcher(index);

test('text that names goods only by code gets the full answer from the code matcher', () => {
  const written = [
    ...index.headings.flatMap(([code]) => [code, `HS ${code}`, `${code.slice(0, 2)}.${code.slice(2)}`, `${code}.90`]),
    ...index.chapters.map((chapter) => `chapter ${chapter}`),
  ];
  const texts = [...LISTS.flatMap((list) => readQueries(list).map((query) => query.query)), ...written];
  let codeOnly = 0;
  for (const text of texts) {
    assert.equal(codes.hasGoodsWords(text), full.hasGoodsWords(text), text);
    if (codes.hasGoodsWords(text)) continue;
    codeOnly++;
    assert.deepEqual(codes.match(text), full.match(text), text);
  }
  console.log(`  ${codeOnly} of ${texts.length} texts name goods only by code`);
  // Most of the written codes, and the lists' codes alone, are such texts: the check above ran.
  assert.ok(codeOnly >= written.length, `${codeOnly} code-only texts`);
});

test('text with goods words is left to the full matcher, which the code matcher cannot stand in for', () => {
  for (const text of ['caviar', 'cars HS 8703', '8703.23 Toyota Land Cruiser', 'Rolex watch'])
    assert.ok(codes.hasGoodsWords(text), text);
  // Without its word index the code matcher finds nothing by words: why it must not answer them.
  assert.deepEqual(codes.match('caviar').goods, []);
  assert.notDeepEqual(full.match('caviar').goods, []);
});
