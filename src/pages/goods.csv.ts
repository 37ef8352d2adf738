import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { goodsViews } from '../lib/goods/views';
import { goodsCsv, publishedGoods } from '../lib/goods/published';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const goods = publishedGoods(goodsViews(data.goods, data.ruleById, data.guidanceById), site!);
  return new Response(goodsCsv(goods), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
