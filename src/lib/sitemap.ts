import type { Site } from './site.ts';
import { isoDate } from './dates.ts';
import { CONTACT_URL } from './routes.ts';
import { GOODS_INDEX_URL, HOME_URL, SEARCH_URL, goodsUrl } from './urls.ts';

/** The HTML pages a search engine should know of (not the data files, not the 404 page). */
export function sitePaths(
  site: Pick<Site, 'guidance' | 'topics' | 'goods'>,
): Array<{ path: string; lastmod?: string }> {
  return [
    { path: HOME_URL },
    ...site.guidance.map((page) => ({ path: page.data.permalink, lastmod: isoDate(page.data.updated) })),
    ...site.topics.map((topic) => ({ path: topic.url })),
    { path: GOODS_INDEX_URL },
    ...site.goods.map((item) => ({ path: goodsUrl(item.id) })),
    { path: SEARCH_URL },
    { path: CONTACT_URL },
  ];
}
