import type { Goods, Rule } from '../../schemas/records.ts';
import type { HsChapter } from '../../schemas/nomenclature.ts';
import type { IndexableGoods, IndexableNomenclature } from '../browser/goods-matcher/build-index.ts';
import type { IndexedRule } from '../browser/goods-matcher/index-file.ts';
import { goodsUrl } from '../routes/paths.ts';
import { codeCoverage } from './coverage.ts';
import type { ContentDates } from '../browser/answer-record.ts';
import type { ContentVersion } from '../content/content-version.ts';
import { isoDate } from '../site/dates.ts';

/** A category's everyday name: its own, or its rule's wording with a capital letter. */
export const everydayName = (item: Pick<Goods, 'name' | 'everydayName'>) =>
  item.everydayName ?? item.name.charAt(0).toUpperCase() + item.name.slice(1);

/** The goods records as the goods matcher indexes them, each with what a match shows of its rule. */
export function indexableGoods(goods: Goods[], rules: Map<string, Rule>): IndexableGoods[] {
  const allRules = [...rules.values()];
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
      direction: rule.appliesTo,
      ruleByCode: rule.hsScope !== undefined,
      aliases: item.aliases,
      alsoUnder: item.alsoUnder ?? [],
      ...(item.sameGoodsAs ? { sameGoodsAs: item.sameGoodsAs } : {}),
      hs: item.hs ?? [],
      coveredBy: codeCoverage(item, allRules, goods),
    };
  });
}

/** The rules as the goods matcher names them, each leading to the guidance page that lists its goods. */
export function indexableRules(rules: Rule[], permalinks: Map<string, string>): IndexedRule[] {
  return rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortName: rule.shortName,
    status: rule.status,
    url: permalinks.get(rule.guidance) ?? '/',
    direction: rule.appliesTo,
    byCode: rule.hsScope !== undefined,
  }));
}

/** The nomenclature table as the matcher reads it: chapter titles, and each heading's label and words. */
export function indexableNomenclature(chapters: HsChapter[]): IndexableNomenclature {
  return {
    chapters: chapters.map((chapter) => ({ code: chapter.id, title: chapter.title })),
    headings: chapters.flatMap((chapter) => chapter.headings.map(({ code, label, words }) => ({ code, label, words }))),
  };
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
