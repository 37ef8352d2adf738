// The goods matcher's three ways in besides a category's own words: the everyday words of an HS
// heading, a commodity code, and the codes of another category found (rules derived from codes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildGoodsIndex,
  buildHsLabels,
  type IndexableGoods,
  type IndexableNomenclature,
} from '../../../../src/lib/browser/goods-matcher/build-index.ts';
import { createMatcher, type CodeCover } from '../../../../src/lib/browser/goods-matcher/matcher.ts';
import { withLabels } from '../../../../src/lib/browser/goods-matcher/labels.ts';
import { notByCode, partsText, whyParts } from '../../../../src/lib/browser/goods-matcher/explain.ts';

const category = (
  id: string,
  rule: 'un' | 'luxury' | 'nk',
  hs: string[],
  aliases: string[],
  coveredBy: CodeCover[] = [],
): IndexableGoods => ({
  id,
  title: id,
  name: id,
  status: rule === 'nk' ? 'licence-required' : 'banned',
  ruleId: rule,
  rule: `${rule} rule`,
  ruleName: `${rule} rule`,
  url: `/goods/${id}.html`,
  direction: rule === 'nk' ? 'north-korea-import' : 'uk-export',
  ruleByCode: rule === 'un',
  aliases,
  alsoUnder: [],
  hs,
  coveredBy,
});

const nomenclature: IndexableNomenclature = {
  chapters: [
    { code: '87', title: 'Road vehicles' },
    { code: '83', title: 'Base metal goods' },
    { code: '10', title: 'Cereals' },
  ],
  headings: [
    { code: '8703', label: 'Cars', words: ['saloon car', 'hatchback'] },
    { code: '8715', label: 'Prams and pushchairs', words: ['pushchair', 'pram', 'baby buggy'] },
    { code: '8301', label: 'Padlocks and locks', words: ['padlock', 'door lock'] },
    { code: '1006', label: 'Rice', words: ['rice cooker machine parts'] },
  ],
};
// The index and the labels as JSON would carry them: the matcher must work from what the browser loads.
const matcher = createMatcher(
  JSON.parse(
    JSON.stringify(
      buildGoodsIndex(
        [
          category('vehicles', 'un', ['86', '87'], ['vehicle', 'car']),
          category('metals', 'un', ['72', '83'], ['steel']),
          category(
            'luxury-cars',
            'luxury',
            ['8703'],
            ['Ferrari', 'sports car'],
            [{ ruleId: 'un', categoryIds: ['vehicles'], codes: ['8703'], whole: true }],
          ),
          category(
            'packaging',
            'nk',
            ['39', '7310'],
            ['plastic bags'],
            [{ ruleId: 'un', categoryIds: ['metals'], codes: ['7310'], whole: false }],
          ),
          category('food', 'nk', ['10'], ['rice']),
        ],
        [],
        nomenclature,
      ),
    ),
  ),
);
const labels = buildHsLabels(nomenclature);
/** The answer as a page shows it, its codes labelled. */
const answer = (text: string) => withLabels(matcher.match(text), labels);
const ids = (text: string) => answer(text).goods.map((match) => match.entry.id);

test('goods no category names are found through the everyday words of their heading, with the heading', () => {
  const [first] = answer('2 pushchairs').goods;
  assert.equal(first?.entry.id, 'vehicles');
  assert.equal(first?.found, 'heading');
  assert.deepEqual(first?.codes, [{ code: '8715', label: 'Prams and pushchairs' }]);
  assert.equal(partsText(whyParts(first!)), 'Matched: pushchairs, goods of HS 8715: Prams and pushchairs');
  assert.deepEqual(ids('padlock'), ['metals']);
});

test('a heading’s label is not evidence, and its words match only as a whole', () => {
  assert.deepEqual(ids('prams'), ['vehicles'], 'a word of its own');
  assert.deepEqual(ids('buggy'), [], '"baby buggy" is a phrase');
  assert.deepEqual(ids('locks'), [], '"door lock" is a phrase; "Padlocks and locks" is only its label');
});

test('a code is read as a code: its heading and every category whose codes hold it, the code-defined rule first', () => {
  const read = answer('8703.23');
  assert.deepEqual(read.codes, [
    {
      code: '870323',
      text: '8703.23',
      heading: { code: '8703', label: 'Cars' },
      chapter: { code: '87', label: 'Road vehicles' },
      listed: true,
    },
  ]);
  assert.deepEqual(ids('8703.23'), ['vehicles', 'luxury-cars']);
  const luxury = read.goods[1]!;
  assert.equal(luxury.found, 'code');
  assert.match(notByCode(luxury) ?? '', /luxury rule is not known by commodity code here/);
  assert.equal(notByCode(read.goods[0]!), undefined, 'a code-defined rule needs no such note');
  assert.deepEqual(ids('chapter 87'), ['vehicles', 'luxury-cars']);
  assert.deepEqual(ids('Padlocks, brass, HS 8301.40, 100 pcs'), ['metals']);
});

test('a code the site does not list is still read, and names no category', () => {
  const read = answer('HS 9608');
  assert.deepEqual(
    read.codes.map(({ heading, listed }) => ({ heading, listed })),
    [{ heading: { code: '9608' }, listed: false }],
  );
  assert.deepEqual(read.goods, []);
});

test('a category found brings every rule whose code scope covers its goods, UK rules first', () => {
  const found = answer('Ferrari');
  assert.deepEqual(
    found.goods.map((match) => [match.entry.id, match.found]),
    [
      ['luxury-cars', 'words'],
      ['vehicles', 'covered'],
    ],
  );
  assert.equal(
    partsText(whyParts(found.goods[1]!)),
    'Matched: ferrari, through luxury-cars. This rule covers goods by code, and takes in HS 8703: Cars',
  );
});

test('a rule that covers only some goods of a category follows it, saying which goods', () => {
  const found = answer('plastic bags');
  assert.deepEqual(ids('plastic bags'), ['packaging', 'metals'], 'the packaging category first, though North Korean');
  assert.equal(found.goods[1]?.via?.onlySome, true);
  assert.match(partsText(whyParts(found.goods[1]!)), /only those of these goods classified in HS 7310 are under it/);
});
