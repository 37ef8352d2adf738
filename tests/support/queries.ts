// The labelled query lists of tests/fixtures, read through the shared reader and scorer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, FIXTURES } from '../../dev/paths.ts';
import type { GoodsIndexFile } from '../../src/lib/browser/goods-matcher/matcher.ts';
import assert from 'node:assert/strict';
import { rulesOutOfOrder, readQueries as parseQueries, type LabelledQuery } from '../../src/lib/search/query-lists.ts';
import { direction, directionRank, readWay } from '../../src/lib/browser/directions.ts';

export { percent, score, scoreHeadings, type LabelledQuery, type Scored } from '../../src/lib/search/query-lists.ts';

/** A list from tests/fixtures by its file name. */
export const readQueries = (file: string): LabelledQuery[] =>
  parseQueries(readFileSync(join(FIXTURES, file), 'utf8'), file);

/**
 * The part of an answer about goods going to North Korea, what the export lists score: rules on
 * importing from North Korea are the other way's answer, shown after it and labelled as such.
 */
export function exportAnswer(): (ids: string[]) => string[] {
  const index = JSON.parse(readFileSync(join(DIST, 'goods-index.json'), 'utf8')) as GoodsIndexFile;
  const ruleDirection = new Map(index.rules.map((rule) => [rule.id, rule.direction]));
  const going = new Set(
    index.goods
      .filter((item) => direction(ruleDirection.get(item.ruleId)!).way === 'to-north-korea')
      .map((item) => item.id),
  );
  return (ids) => ids.filter((id) => id.startsWith('rule:') || going.has(id));
}

/** Where a category's kind of rule stands in the answer to a query, as the built goods index says. */
function categoryRank(): (id: string, query: string) => number | undefined {
  const index = JSON.parse(readFileSync(join(DIST, 'goods-index.json'), 'utf8')) as GoodsIndexFile;
  const ruleDirection = new Map(index.rules.map((rule) => [rule.id, rule.direction]));
  const kind = new Map(index.goods.map((item) => [item.id, ruleDirection.get(item.ruleId)!]));
  return (id, query) => {
    const of = kind.get(id);
    return of === undefined ? undefined : directionRank(of, readWay(query));
  };
}

/**
 * Prints and checks the queries of a list whose first category is under a kind of rule shown after
 * a right one's (a North Korean licence where the UK bans the goods; an export rule first where
 * the words say the goods come from North Korea): none on a list the matcher was tuned on, at most
 * 5% on a held-out one.
 */
export function assertRulesInOrder(file: string, queries: LabelledQuery[], answers: string[][]): void {
  const outOfOrder = rulesOutOfOrder(queries, answers, categoryRank());
  console.log(`  a kind of rule first that answers show after a right one's: ${outOfOrder.length}`);
  if (outOfOrder.length > 0) console.log(`    ${outOfOrder.join('\n    ')}`);
  if (file.includes('held-out')) assert.ok(outOfOrder.length <= 0.05 * queries.length, outOfOrder.join('; '));
  else assert.deepEqual(outOfOrder, []);
}
