import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { LIST_NOTICE, publishedGoods } from '../lib/goods/published';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const goods = publishedGoods(data.goodsViews, site!);
  return new Response(`${JSON.stringify({ generatedFrom: site!.href, notice: LIST_NOTICE, goods }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
