// The labelled query lists of tests/fixtures, read through the shared reader and scorer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, FIXTURES } from '../../dev/paths.ts';
import type { GoodsIndexFile } from '../../src/lib/browser/goods-matcher/matcher.ts';
import { readQueries as parseQueries, type LabelledQuery } from '../../src/lib/search/query-lists.ts';

export { importRuleFirst, percent, score, type LabelledQuery, type Scored } from '../../src/lib/search/query-lists.ts';

/** A list from tests/fixtures by its file name. */
export const readQueries = (file: string): LabelledQuery[] =>
  parseQueries(readFileSync(join(FIXTURES, file), 'utf8'), file);

/** Whether a category is under a UK export rule, as the built goods index says. */
export function ukExportCategory(): (id: string) => boolean {
  const index = JSON.parse(readFileSync(join(DIST, 'goods-index.json'), 'utf8')) as GoodsIndexFile;
  const uk = new Set(index.goods.filter((item) => item.ukExport).map((item) => item.id));
  return (id) => uk.has(id);
}
