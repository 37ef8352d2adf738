import type { Goods, Rule } from '../../schemas/records.ts';
import type { HsChapter } from '../../schemas/nomenclature.ts';
import type { IndexableGoods, IndexableNomenclature } from '../browser/goods-matcher/build-index.ts';
import type { IndexedRule } from '../browser/goods-matcher/index-file.ts';
import { goodsUrl } from '../routes/paths.ts';
import { codeCoverage } from './coverage.ts';

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
      ukExport: rule.appliesTo === 'uk-export',
      ruleByCode: rule.hsScope !== undefined,
      aliases: item.aliases,
      alsoUnder: item.alsoUnder ?? [],
      group: item.group,
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
    ukExport: rule.appliesTo === 'uk-export',
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
