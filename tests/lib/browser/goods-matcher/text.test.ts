import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasTerm, goodsWordCount, queryTerms, words } from '../../../../src/lib/browser/goods-matcher/text.ts';

const terms = (text: string) => queryTerms(text).map((term) => term.term);
const goodsTerms = (text: string) =>
  queryTerms(text)
    .filter((term) => !term.filler)
    .map((term) => term.term);

test('words are lower case, without accents, stemmed; hyphenated words are one word', () => {
  assert.deepEqual(
    words('Hermès Watches hi-fi').map((word) => word.term),
    ['herm', 'watch', 'hifi'],
  );
  assert.deepEqual(aliasTerm('Fur coats'), aliasTerm('fur-coat'));
  assert.equal(aliasTerm('fur coat'), 'furcoat');
});

test('after a measure, how goods are packed or dosed is a filler: “25kg bags”, “500mg tablets”', () => {
  const filler = (text: string) =>
    words(text)
      .filter((word) => word.filler)
      .map((word) => word.raw);
  assert.deepEqual(filler('Urea fertiliser, 25kg bags x 400'), ['bags', 'x']);
  assert.deepEqual(filler('Paracetamol 500mg tablets'), ['tablets']);
  // Anywhere else they may be the goods themselves.
  assert.deepEqual(filler('designer bags'), []);
  assert.deepEqual(filler('10 tablets'), [], 'a count is not a measure');
  assert.deepEqual(filler('24x bags'), []);
  assert.deepEqual(filler('25kg rice'), [], 'only pack words');
  // A unit written apart from its number is part of the measure, and never a goods word.
  assert.deepEqual(
    words('Urea fertiliser, 25 kg bags').map((word) => `${word.raw}${word.filler ? '*' : ''}`),
    ['urea', 'fertiliser', 'bags*'],
  );
  assert.deepEqual(
    words('Roulette wheel, 32 inch; mare, 4 years old').map((word) => word.raw),
    ['roulette', 'wheel', 'mare', 'old'],
  );
  assert.deepEqual(
    words('L bracket, 2 m').map((word) => word.raw),
    ['l', 'bracket'],
    'a unit with no number before it is a word',
  );
});

test('quantities, units and reference numbers never name goods', () => {
  assert.deepEqual(goodsTerms('24 x Hennessy VS Cognac 70cl'), [
    'hennessi',
    'vs',
    'cognac',
    'hennessivs',
    'vscognac',
    'hennessivscognac',
  ]);
  const reference = queryTerms('Rolex ref 5711/1A');
  assert.equal(goodsWordCount(reference), 1, 'Rolex is the one goods word');
  assert.deepEqual(
    reference.filter((term) => term.term.includes('5711')).map((term) => term.filler),
    [true],
    'the reference number joins no phrase',
  );
  const golf = queryTerms('pack of 4 golf balls, 1.5kg');
  assert.equal(goodsWordCount(golf), 2);
  assert.ok(golf.some((term) => term.term === 'golfball' && term.covers.length === 2));
  assert.ok(!golf.some((term) => /\d/.test(term.term)));
  assert.ok(queryTerms('Rolex ref 5711/1A').some((term) => term.term === '57111a' && term.filler));
});

test('filler words stay terms but make no phrase with goods words, and cover no goods word', () => {
  const found = queryTerms('bottles of red wine');
  assert.deepEqual(
    found.filter((term) => term.filler).map((term) => term.term),
    ['bottl', 'red'],
  );
  assert.ok(found.some((term) => term.term === 'wine' && term.covers.length === 1));
  assert.ok(!found.some((term) => term.term === 'bottlwine'));
});

test('an alias with a filler in it matches the same words typed', () => {
  assert.equal(aliasTerm('tea set'), 'teaset');
  assert.ok(terms('a tea set').includes('teaset'));
  assert.ok(terms('plastic bags').includes(aliasTerm('plastic bags')!));
});

test('phrases are runs of two or three neighbouring words, each covering its words', () => {
  const found = queryTerms('gas oil heater');
  assert.deepEqual(
    found.map((term) => [term.term, term.covers]),
    [
      ['gas', [0]],
      ['oil', [1]],
      ['heater', [2]],
      ['gasoil', [0, 1]],
      ['oilheater', [1, 2]],
      ['gasoilheater', [0, 1, 2]],
    ],
  );
});
