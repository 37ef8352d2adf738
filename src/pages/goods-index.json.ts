import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { indexableGoods, indexableNomenclature, indexableRules } from '../lib/goods/index-records';
import { buildGoodsIndex } from '../lib/browser/goods-matcher/build-index';

/**
 * The goods matcher's index, which the search page (and the list checker) load: built from the
 * goods and rule records and the nomenclature table, so it can never disagree with the goods pages.
 */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const permalinks = new Map(site.guidance.map((page) => [page.id, page.data.permalink]));
  const index = buildGoodsIndex(
    indexableGoods(site.goods, site.ruleById),
    indexableRules(site.rules, permalinks),
    indexableNomenclature(site.hsChapters),
  );
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
