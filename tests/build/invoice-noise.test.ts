// What an invoice puts around goods never changes what the goods matcher finds for them: every
// alias of every category, with quantities, sizes, reference and model numbers, conditions and
// packs before and after it, gets the same first category as the alias alone, from the goods
// index as the build published it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher, type GoodsIndexFile } from '../../src/lib/browser/goods-matcher/matcher.ts';
import { DIST } from '../../dev/paths.ts';

const BEFORE = ['24 x ', 'Qty 12 ', 'Case of 6 ', '2 boxes ', '1 pallet of ', ''];
const AFTER = [
  ', 70cl',
  ', 25kg',
  ' 25 kg',
  ', ref A1234/5A',
  ', model X200',
  ', used',
  ', pack of 4',
  ', size M',
  ' x 20',
  '',
];

test('quantities, sizes, references, conditions and packs around an alias never change its first category', () => {
  const index = JSON.parse(readFileSync(join(DIST, 'goods-index.json'), 'utf8')) as GoodsIndexFile;
  const matcher = createMatcher(index);
  const first = (text: string) => matcher.match(text).goods[0]?.entry.id;
  const changed: string[] = [];
  let lines = 0;
  for (const item of index.goods)
    for (const alias of item.aliases) {
      const alone = first(alias);
      if (!alone) continue;
      for (const before of BEFORE)
        for (const after of AFTER) {
          const line = `${before}${alias}${after}`;
          lines++;
          if (first(line) !== alone) changed.push(`${line}: ${first(line) ?? 'nothing'}, not ${alone}`);
        }
    }
  console.log(`${lines} invoice lines made from aliases, each with the same first category as its alias`);
  assert.ok(lines > 30_000, `${lines} lines`);
  assert.deepEqual(changed, []);
});
