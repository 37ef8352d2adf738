import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content/site';
import { indexableNomenclature } from '../../lib/goods/index-records';
import { buildHsLabels } from '../../lib/browser/goods-matcher/build-index';

/**
 * What each heading of one chapter of the nomenclature table holds, and the chapter's title: a
 * page fetches the chapters an answer shows codes of, and only those.
 */
export async function getStaticPaths() {
  const site = await loadSite();
  return site.hsChapters.map((chapter) => ({ params: { chapter: chapter.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const chapter = site.hsChapters.filter((entry) => entry.id === params.chapter);
  return new Response(JSON.stringify(buildHsLabels(indexableNomenclature(chapter))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
