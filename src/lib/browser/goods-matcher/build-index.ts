// Writes the goods index that the browser loads (goods-index.json): each category with what a
// match shows, its aliases and its context, and each rule. Runs at build time.
import type { GoodsEntry, GoodsIndexFile } from './matcher.ts';

/** What the index needs to know of a category, beyond what a match shows. */
export interface IndexableGoods extends GoodsEntry {
  aliases: string[];
  alsoUnder: string[];
  description?: string;
  group: string;
}

/** What the index needs to know of a rule. */
export interface IndexableRule {
  id: string;
  name: string;
  shortName: string;
  status: string;
  url: string;
  ukExport: boolean;
}

export function buildGoodsIndex(goods: IndexableGoods[], rules: IndexableRule[]): GoodsIndexFile {
  return {
    goods: goods.map(({ description, group, ...item }) => ({
      ...item,
      context: [description ?? '', group, item.ruleName].join(' '),
    })),
    rules,
  };
}
