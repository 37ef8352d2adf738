import type { Goods, Rule } from '../../schemas/records.ts';
import { goodsAnchor } from '../routes/paths.ts';

/** A goods category with everything a reader needs beside it: its rule and where it is listed. */
export interface GoodsView extends Goods {
  rule: string;
  ruleRecord: Rule;
  /** The place in its guidance page where the category is listed. */
  listedAt: { url: string; title: string };
}

export function goodsViews(
  goods: Goods[],
  rules: Map<string, Rule>,
  guidance: Map<string, { data: { permalink: string; title: string } }>,
): GoodsView[] {
  return goods.map((item) => {
    const ruleRecord = rules.get(item.rule)!;
    const page = guidance.get(ruleRecord.guidance)!;
    return {
      ...item,
      ruleRecord,
      listedAt: { url: `${page.data.permalink}#${goodsAnchor(item.id)}`, title: page.data.title },
    };
  });
}

/** The A to Z order: by the everyday name (wine under W, not under H for "high quality wines"). */
export function alphabetical<T extends { everydayName: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.everydayName.localeCompare(b.everydayName, 'en-GB', { sensitivity: 'base' }));
}
