import type { Goods, Rule } from '../../schemas/records.ts';
import { goodsAnchor } from '../routes/paths.ts';
import { codeCoverage } from './coverage.ts';

/** Another rule that applies to a category: from its codes (with the codes), or from its record's alsoUnder. */
export interface OtherRule {
  rule: Rule;
  /** The category's codes that the rule covers by code; none where the record names the rule. */
  codes: string[];
  /** The rule's categories that hold the same goods. */
  categoryIds: string[];
  /** The rule covers every good of the category (all its codes are in the rule's scope), not only some. */
  whole: boolean;
}

/** A goods category with everything a reader needs beside it: its rule, where it is listed, other rules. */
export interface GoodsView extends Goods {
  rule: string;
  ruleRecord: Rule;
  /** The place in its guidance page where the category is listed. */
  listedAt: { url: string; title: string };
  /** Every other rule that applies: those whose code scope reaches its codes, then its alsoUnder. */
  otherRules: OtherRule[];
}

export function goodsViews(
  goods: Goods[],
  rules: Map<string, Rule>,
  guidance: Map<string, { data: { permalink: string; title: string } }>,
): GoodsView[] {
  const allRules = [...rules.values()];
  return goods.map((item) => {
    const ruleRecord = rules.get(item.rule)!;
    const page = guidance.get(ruleRecord.guidance)!;
    const byCode = codeCoverage(item, allRules, goods).map(({ ruleId, codes, categoryIds, whole }) => ({
      rule: rules.get(ruleId)!,
      codes,
      categoryIds,
      whole,
    }));
    const named = (item.alsoUnder ?? []).map((ruleId) => ({
      rule: rules.get(ruleId)!,
      codes: [],
      categoryIds: [],
      whole: true,
    }));
    return {
      ...item,
      ruleRecord,
      listedAt: { url: `${page.data.permalink}#${goodsAnchor(item.id)}`, title: page.data.title },
      otherRules: [...byCode, ...named],
    };
  });
}

/** The A to Z order: by the everyday name (wine under W, not under H for "high quality wines"). */
export function alphabetical<T extends { everydayName: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.everydayName.localeCompare(b.everydayName, 'en-GB', { sensitivity: 'base' }));
}
