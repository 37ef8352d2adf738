import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGoodsIndex, type IndexableGoods } from '../../../../src/lib/browser/goods-matcher/build-index.ts';
import { createMatcher } from '../../../../src/lib/browser/goods-matcher/matcher.ts';
import { checkLines, summarise, summaryText, type CheckedLine } from '../../../../src/lib/browser/list-check/check.ts';
import { splitLines } from '../../../../src/lib/browser/list-check/lines.ts';

const goods = (id: string, status: string, ukExport: boolean | 'uk-import', aliases: string[]): IndexableGoods => ({
  id,
  title: id,
  name: id,
  status,
  ruleId: `${status} ${ukExport}`,
  rule: status,
  ruleName: `rule ${status}`,
  url: `/goods/${id}.html`,
  direction: ukExport === 'uk-import' ? 'uk-import' : ukExport ? 'uk-export' : 'north-korea-import',
  ruleByCode: false,
  aliases,
  alsoUnder: [],
  hs: [],
  coveredBy: [],
});

const matcher = createMatcher(
  buildGoodsIndex(
    [
      goods('wine', 'banned', true, ['wine', 'cognac', 'Hennessy']),
      goods('watches', 'banned', true, ['watch', 'Rolex']),
      goods('computers', 'licence-required', false, ['laptop', 'ThinkPad']),
      goods('machinery', 'banned', true, ['laptop']),
      goods('crude-oil', 'restricted', true, ['crude oil']),
      goods('drugs', 'prohibited', false, ['heroin']),
      goods('seafood', 'banned', 'uk-import', ['squid', 'crab']),
    ],
    [],
  ),
);

test('each line gets exactly what the goods matcher finds for its words, in input order', () => {
  const { lines } = splitLines('24 x Hennessy VS Cognac 70cl\n\nLaptop, 14 inch\nBallpoint pens');
  const checked = checkLines(lines, (text) => matcher.match(text));
  assert.deepEqual(
    checked.map((line) => [line.number, line.text, line.goods.map((match) => match.entry.id)]),
    [
      [1, '24 x Hennessy VS Cognac 70cl', ['wine']],
      [3, 'Laptop, 14 inch', ['machinery', 'computers']],
      [4, 'Ballpoint pens', []],
    ],
  );
  for (const line of checked) assert.deepEqual(line.goods, matcher.match(line.text).goods);
});

test('the summary counts each line by its first category’s status, then the lines not matched', () => {
  const { lines } = splitLines(
    ['Rolex', 'cognac', 'laptop', 'crude oil', 'heroin', 'ThinkPad', 'pens', 'paper'].join('\n'),
  );
  const summary = summarise(checkLines(lines, (text) => matcher.match(text)));
  assert.deepEqual(summary, {
    total: 8,
    counts: [
      { outcome: { status: 'banned', way: 'to-north-korea', wayOrder: 0, countNote: '' }, lines: 3 },
      { outcome: { status: 'restricted', way: 'to-north-korea', wayOrder: 0, countNote: '' }, lines: 1 },
      { outcome: { status: 'prohibited', way: 'to-north-korea', wayOrder: 0, countNote: '' }, lines: 1 },
      { outcome: { status: 'licence-required', way: 'to-north-korea', wayOrder: 0, countNote: '' }, lines: 1 },
      { outcome: { status: 'not-matched' }, lines: 2 },
    ],
  });
  assert.equal(
    summaryText(summary),
    '8 lines checked: 3 banned, 1 restricted, 1 prohibited, 1 needs a licence, 2 not matched.',
  );
});

test('a line whose first rule is on importing from North Korea is counted apart, as banned on import', () => {
  const { lines } = splitLines(['frozen squid', 'crab from North Korea', 'Rolex'].join('\n'));
  assert.equal(
    summaryText(summarise(checkLines(lines, (text) => matcher.match(text)))),
    '3 lines checked: 1 banned, 2 banned on import from North Korea.',
  );
});

test('the summary leaves out outcomes no line had and reads right for one line', () => {
  const one: CheckedLine[] = [{ number: 1, text: 'pens', goods: [], codes: [] }];
  assert.equal(summaryText(summarise(one)), '1 line checked: 1 not matched.');
  assert.equal(summaryText(summarise([])), '0 lines checked.');
  const licences = checkLines(splitLines('ThinkPad\nThinkPad').lines, (text) => matcher.match(text));
  assert.equal(summaryText(summarise(licences)), '2 lines checked: 2 need a licence.');
});
