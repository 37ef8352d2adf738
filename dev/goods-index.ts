// The goods matcher's index made straight from a content folder, as the build writes it to
// /goods-index.json (rule pages' addresses aside, which need the guidance pages): for the
// benchmarks and tests that run the matcher without a build.
import { join } from 'node:path';
import { loadRecords } from '../src/lib/content/records.ts';
import { indexableGoods, indexableNomenclature, indexableRules } from '../src/lib/goods/index-records.ts';
import { buildGoodsIndex } from '../src/lib/browser/goods-matcher/build-index.ts';
import type { GoodsIndexFile } from '../src/lib/browser/goods-matcher/matcher.ts';
import { ROOT } from './paths.ts';

export function goodsIndexFromContent(contentDir = join(ROOT, 'content')): GoodsIndexFile {
  const records = loadRecords(contentDir, ROOT);
  return buildGoodsIndex(
    indexableGoods(records.goods, new Map(records.rules.map((rule) => [rule.id, rule]))),
    indexableRules(records.rules, new Map()),
    indexableNomenclature(records.hsChapters),
  );
}
