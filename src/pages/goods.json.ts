import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site';
import { goodsViews } from '../lib/goods';
import { LIST_NOTICE, publishedGoods } from '../lib/published-goods';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  const goods = publishedGoods(goodsViews(data.goods, data.ruleById, data.guidanceById), site!);
  return new Response(`${JSON.stringify({ generatedFrom: site!.href, notice: LIST_NOTICE, goods }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
