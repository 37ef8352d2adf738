import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { goodsCsv, publishedGoods } from '../lib/goods/published';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const goods = publishedGoods(data.goodsViews, site!);
  return new Response(goodsCsv(goods), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
