import { isoDate } from '../site/dates.ts';
import { CHANGES_URL, CONTACT_URL } from './paths.ts';
import { CHECK_URL, GOODS_INDEX_URL, HOME_URL, NOMENCLATURE_URL, SEARCH_URL, goodsUrl, hsChapterUrl } from './paths.ts';
import { changesListPages, listPageUrl, topicListPages } from './pagination.ts';

interface PageSources {
  guidance: Array<{ data: { permalink: string; updated: Date; topic: string; history: unknown[] } }>;
  topics: Array<{ id: string; url: string }>;
  rules: Array<{ history: unknown[] }>;
  goods: Array<{ id: string; history: unknown[] }>;
  hsChapters: Array<{ id: string }>;
}

/**
 * The HTML pages the site has and a search engine should know of (not the data files, not the 404
 * page). The site checks take their list of valid link targets from here too.
 */
export function sitemapPages(site: PageSources): Array<{ path: string; lastmod?: string }> {
  const topicPages = topicListPages(site);
  return [
    { path: HOME_URL },
    ...site.guidance.map((page) => ({ path: page.data.permalink, lastmod: isoDate(page.data.updated) })),
    ...site.topics.flatMap((topic) =>
      Array.from({ length: topicPages(topic.id) }, (_, index) => ({
        path: listPageUrl(topic.url, index + 1),
      })),
    ),
    { path: GOODS_INDEX_URL },
    ...site.goods.map((item) => ({ path: goodsUrl(item.id) })),
    { path: NOMENCLATURE_URL },
    ...site.hsChapters.map((chapter) => ({ path: hsChapterUrl(chapter.id) })),
    { path: SEARCH_URL },
    { path: CHECK_URL },
    { path: CONTACT_URL },
    ...Array.from({ length: changesListPages(site) }, (_, index) => ({ path: listPageUrl(CHANGES_URL, index + 1) })),
  ];
}
