import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGoodsIndex, type IndexableGoods } from '../../../../src/lib/browser/goods-matcher/build-index.ts';
import { createMatcher, createMatcherInSteps } from '../../../../src/lib/browser/goods-matcher/matcher.ts';

const goods = (
  id: string,
  ukExport: boolean,
  aliases: string[],
  extra: Partial<IndexableGoods> = {},
): IndexableGoods => ({
  id,
  title: id,
  name: id,
  status: ukExport ? 'banned' : 'licence-required',
  ruleId: ukExport ? 'uk' : 'nk',
  rule: ukExport ? 'UK ban' : 'NK licence',
  ruleName: ukExport ? 'UK ban on exporting luxury goods' : 'North Korea import licence',
  url: `/goods/${id}.html`,
  direction: ukExport ? 'uk-export' : 'north-korea-import',
  ruleByCode: false,
  aliases,
  alsoUnder: [],
  hs: [],
  coveredBy: [],
  ...extra,
});

// A record file as JSON would carry it: the matcher must work from what the browser loads.
const matcher = createMatcher(
  JSON.parse(
    JSON.stringify(
      buildGoodsIndex(
        [
          goods('computers', false, ['computer', 'laptop', 'laptops']),
          goods('machinery', true, ['machinery', 'laptop', 'combine harvester']),
          goods('wine', true, ['wine', 'whisky', 'champagne']),
          goods('truffles', true, ['truffle', 'truffle oil']),
          goods('crude-oil', true, ['crude oil', 'crude']),
          goods('counterfeits', false, ['counterfeit medicines', 'fake', 'penalty notices']),
        ],
        [
          {
            id: 'uk',
            name: 'UK ban on exporting luxury goods',
            shortName: 'UK luxury goods ban',
            status: 'banned',
            url: '/guidance/luxury.html',
            direction: 'uk-export',
            byCode: false,
          },
        ],
      ),
    ),
  ),
);
const ids = (text: string) => matcher.match(text).goods.map((match) => match.entry.id);

test('every rule the goods fall under is shown, the UK’s export rules before North Korea’s import rules', () => {
  assert.deepEqual(ids('laptops'), ['machinery', 'computers']);
});

test('filler words, quantities and misspellings do not stop a match', () => {
  assert.deepEqual(ids('24 bottles of champagne'), ['wine']);
  assert.deepEqual(ids('champain'), ['wine']);
  assert.deepEqual(ids('a case of whisky, 70cl'), ['wine']);
});

test('a word of a phrase alias alone and a word inside another word match nothing', () => {
  assert.deepEqual(ids('oil'), [], '"truffle oil" and "crude oil" are phrases');
  assert.deepEqual(ids('medicine'), [], '"counterfeit medicines" is a phrase');
  assert.deepEqual(ids('pens'), [], 'not "penalties"');
  assert.deepEqual(ids('bottles'), [], 'a filler word alone names no goods');
});

test('a phrase matches as a whole and ranks above a single word', () => {
  assert.deepEqual(ids('combine harvester'), ['machinery']);
  assert.deepEqual(ids('crude oil'), ['crude-oil']);
});

test('each match says which of the reader’s words named it, correcting a misspelling openly', () => {
  assert.deepEqual(matcher.match('champain').goods[0]?.matched, ['champain (champagne)']);
  assert.deepEqual(matcher.match('Laptops').goods[0]?.matched, ['laptops']);
});

test('words that are a rule’s own name name the whole rule', () => {
  assert.deepEqual(
    matcher.match('luxury goods').rules.map((rule) => rule.id),
    ['uk'],
  );
  assert.deepEqual(matcher.match('goods').rules, [], '"goods" alone is too general');
  assert.deepEqual(matcher.match('wine').rules, []);
});

test('built in steps, with a pause after every few categories, the matcher finds what it finds built at once', async () => {
  const file = buildGoodsIndex(
    Array.from({ length: 130 }, (_, at) => goods(`item-${at}`, at % 2 === 0, [`word${at}`, 'shared'])),
    [],
  );
  let pauses = 0;
  const stepped = await createMatcherInSteps(file, async () => {
    pauses += 1;
  });
  const whole = createMatcher(file);
  assert.ok(pauses >= 3, `${pauses} pauses for 130 categories`);
  for (const text of ['word0', 'word129', 'shared', 'wrod7', 'nothing'])
    assert.deepEqual(stepped.match(text), whole.match(text), text);
  assert.deepEqual(stepped.entries, whole.entries);
});

test('a UK export category the words match only weakly is shown when a North Korean category they name is also under its rule', () => {
  const matcherWith = (alsoUnder: string[]) =>
    createMatcher(
      buildGoodsIndex(
        [
          goods('e-waste', false, ['old computers', 'computers', 'e-waste'], { alsoUnder }),
          goods('machinery', true, [
            ...['machinery', 'computers', 'lathe', 'pumps', 'engines', 'boilers', 'cranes', 'tractors'],
            ...['generators', 'compressors', 'turbines', 'forklifts', 'printers', 'servers'],
          ]),
          goods('steel', true, ['steel', 'steel case']),
          goods('fakes', false, ['replica watches', 'replica'], { alsoUnder }),
          goods('watches', true, ['watches', 'clocks'], { ruleId: 'uk-luxury' }),
        ],
        [],
      ),
    );
  const ids = (matcher: ReturnType<typeof matcherWith>, text: string) =>
    matcher.match(text).goods.map((match) => match.entry.id);
  // Without alsoUnder the weak match stays below the line; with it, the UK rule leads.
  assert.deepEqual(ids(matcherWith([]), 'old computers'), ['e-waste']);
  assert.deepEqual(ids(matcherWith(['uk']), 'old computers'), ['machinery', 'e-waste']);
  // Another category of the same rule, found by other words, does not stand in for it.
  assert.deepEqual(ids(matcherWith(['uk']), 'old computers in a steel case'), ['steel', 'machinery', 'e-waste']);
  // Only categories of the rules the record names, and only on the same words.
  assert.deepEqual(ids(matcherWith(['uk']), 'replica watches'), ['fakes']);
});

// Rules on goods coming from North Korea beside those on goods going there.
const imported = (id: string, aliases: string[], extra: Partial<IndexableGoods> = {}): IndexableGoods =>
  goods(id, true, aliases, {
    ruleId: 'import',
    rule: 'UK import ban',
    ruleName: 'UK ban on importing from North Korea',
    direction: 'uk-import',
    ...extra,
  });
const bothWays = createMatcher(
  JSON.parse(
    JSON.stringify(
      buildGoodsIndex(
        [
          goods('clothes', true, ['designer clothes', 'jackets'], { hs: ['61', '62'] }),
          goods('machinery', true, ['machinery', 'laptop']),
          goods('computers', false, ['laptop', 'computer']),
          imported('textiles', ['textiles', 'fabric'], { hs: ['61', '62', '52'] }),
          imported('machinery-imports', ['machinery', 'laptop']),
          imported('seafood', ['squid', 'crab']),
          imported('dual-use-imports', ['dual-use goods'], { sameGoodsAs: 'dual-use' }),
          goods('dual-use', true, ['night vision', 'centrifuge']),
        ],
        [],
      ),
    ),
  ),
);
const bothIds = (text: string) => bothWays.match(text).goods.map((match) => match.entry.id);

test('words that give no way: rules on goods going to North Korea first, then those on goods coming from it', () => {
  assert.deepEqual(bothIds('laptop'), ['machinery', 'computers', 'machinery-imports']);
  assert.equal(bothWays.match('laptop').way, undefined);
});

test('words that say the goods come from North Korea put the rules on importing first', () => {
  assert.deepEqual(bothIds('laptop made in North Korea'), ['machinery-imports', 'machinery', 'computers']);
  assert.equal(bothWays.match('laptop made in North Korea').way, 'from-north-korea');
});

test('goods only a rule on importing covers are found, whatever the way', () => {
  assert.deepEqual(bothIds('frozen squid'), ['seafood']);
  assert.deepEqual(bothIds('crab from the DPRK'), ['seafood']);
});

test('coming from North Korea, goods found under a rule on exporting bring the import rule that holds their codes', () => {
  assert.deepEqual(bothIds('jackets'), ['clothes']);
  const answer = bothWays.match('padded jackets, origin: DPRK').goods;
  assert.deepEqual(
    answer.map((match) => match.entry.id),
    ['textiles', 'clothes'],
  );
  assert.equal(answer[0]!.via?.id, 'clothes');
});

test('a category that holds the same goods as another is found by its words too', () => {
  assert.deepEqual(bothIds('night vision goggles from North Korea'), ['dual-use-imports', 'dual-use']);
});
