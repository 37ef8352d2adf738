import type { Goods, Rule } from '../../schemas/records.ts';
import type { IndexableGoods, IndexableRule } from '../browser/goods-matcher/build-index.ts';
import { goodsUrl } from '../routes/paths.ts';
import type { ContentDates } from '../browser/answer-record.ts';
import type { ContentVersion } from '../content/content-version.ts';
import { isoDate } from '../site/dates.ts';

/** A category's everyday name: its own, or its rule's wording with a capital letter. */
export const everydayName = (item: Pick<Goods, 'name' | 'everydayName'>) =>
  item.everydayName ?? item.name.charAt(0).toUpperCase() + item.name.slice(1);

/** The goods records as the goods matcher indexes them, each with what a match shows of its rule. */
export function indexableGoods(goods: Goods[], rules: Map<string, Rule>): IndexableGoods[] {
  return goods.map((item) => {
    const rule = rules.get(item.rule)!;
    return {
      id: item.id,
      title: everydayName(item),
      name: item.name,
      status: rule.status,
      ruleId: rule.id,
      rule: rule.shortName,
      ruleName: rule.name,
      url: goodsUrl(item.id),
      ukExport: rule.appliesTo === 'uk-export',
      aliases: item.aliases,
      alsoUnder: item.alsoUnder ?? [],
      description: item.description,
      group: item.group,
    };
  });
}

/** The rules as the goods matcher names them, each leading to the guidance page that lists its goods. */
export function indexableRules(rules: Rule[], permalinks: Map<string, string>): IndexableRule[] {
  return rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortName: rule.shortName,
    status: rule.status,
    url: permalinks.get(rule.guidance) ?? '/',
    ukExport: rule.appliesTo === 'uk-export',
  }));
}

/** The dates a record of an answer needs: the content version, and when each record last changed. */
export function contentDates(
  version: ContentVersion,
  rules: Array<{ id: string; updated: Date }>,
  goods: Array<{ id: string; updated: Date }>,
): ContentDates {
  const byId = (items: Array<{ id: string; updated: Date }>) =>
    Object.fromEntries(items.map((item) => [item.id, isoDate(item.updated)]));
  return { version: { date: isoDate(version.date), id: version.id }, rules: byId(rules), goods: byId(goods) };
}
