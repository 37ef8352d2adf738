import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { publishedNomenclature } from '../lib/goods/published-nomenclature';

/** The nomenclature table as data: each chapter and heading with the rules and categories that hold them. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  return new Response(`${JSON.stringify(publishedNomenclature(data, site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
