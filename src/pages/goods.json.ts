import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { goodsViews } from '../lib/goods/views';
import { LIST_NOTICE, publishedGoods } from '../lib/goods/published';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const goods = publishedGoods(goodsViews(data.goods, data.ruleById, data.guidanceById), site!);
  return new Response(`${JSON.stringify({ generatedFrom: site!.href, notice: LIST_NOTICE, goods }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
