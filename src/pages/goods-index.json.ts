import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { contentDates, indexableGoods, indexableNomenclature, indexableRules } from '../lib/goods/index-records';
import { buildGoodsIndex } from '../lib/browser/goods-matcher/build-index';

/**
 * The goods matcher's index, which the search page (and the list checker) load: built from the
 * goods and rule records and the nomenclature table, so it can never disagree with the goods pages.
 * It also carries the content version and when each record last changed, for the record of an
 * answer made from it.
 */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const permalinks = new Map(site.guidance.map((page) => [page.id, page.data.permalink]));
  const index = buildGoodsIndex(
    indexableGoods(site.goods, site.ruleById),
    indexableRules(site.rules, permalinks),
    indexableNomenclature(site.hsChapters),
  );
  const changes = contentDates(site.version, site.rules, site.goods);
  return new Response(JSON.stringify({ ...index, changes }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
