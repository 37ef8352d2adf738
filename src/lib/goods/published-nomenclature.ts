import type { Goods, Rule } from '../../schemas/records.ts';
import type { HsChapter } from '../../schemas/nomenclature.ts';
import { goodsUrl, hsChapterUrl } from '../routes/paths.ts';
import { tariffUrl } from '../browser/hs-codes.ts';
import { chapterViews } from './nomenclature.ts';

/** Said with the table: codes reach only the rules defined by code. */
export const NOMENCLATURE_NOTICE =
  'Only rules whose source defines them by code cover goods by code here. The UK’s list of banned luxury goods and North Korea’s own import rules are not known by commodity code on this site, and military and dual-use goods are decided by their technical details. A code that no rule covers does not mean the goods may be sent.';

/** /commodity-codes.json: the chapters and headings the site lists, the rules covering them by code, and the categories that hold their goods. */
export function publishedNomenclature(site: { hsChapters: HsChapter[]; rules: Rule[]; goods: Goods[] }, base: URL) {
  return {
    generatedFrom: base.href,
    notice: NOMENCLATURE_NOTICE,
    rules: site.rules
      .filter((rule) => rule.hsScope)
      .map((rule) => ({
        id: rule.id,
        name: rule.name,
        status: rule.status,
        hsScope: rule.hsScope!.codes,
        except: rule.hsScope!.except ?? null,
        source: rule.hsScope!.source,
      })),
    chapters: chapterViews(site.hsChapters, site.rules, site.goods).map((chapter) => ({
      code: chapter.id,
      title: chapter.title,
      url: new URL(hsChapterUrl(chapter.id), base).href,
      tariffUrl: tariffUrl(chapter.id),
      headingsListed: chapter.headingsListed,
      coveredBy: chapter.rules.map(({ rule, whole }) => ({ ruleId: rule.id, wholeChapter: whole })),
      sources: chapter.sources,
      headings: chapter.headings.map((heading) => ({
        code: heading.code,
        label: heading.label,
        words: heading.words,
        tariffUrl: tariffUrl(heading.code),
        categories: heading.categories.map((item) => ({ id: item.id, url: new URL(goodsUrl(item.id), base).href })),
      })),
    })),
  };
}
