/**
 * Every address of the site, in one place, so that links, routes, the sitemap and the link checks
 * agree. Pages made from content (guidance, topics) take their addresses from the content; the
 * sitemap's page list is in site-pages.ts.
 */
export const HOME_URL = '/';
/** The first breadcrumb of every page below the home page. */
export const HOME_BREADCRUMB = { name: 'Home', url: HOME_URL } as const;
export const SEARCH_URL = '/search.html';
/** The list checker: a whole invoice or packing list at once. */
export const CHECK_URL = '/check.html';
export const GOODS_INDEX_URL = '/goods.html';
export const CONTACT_URL = '/contact.html';
/** What's changed: every change to a guidance page, rule or goods category, newest first, in pages. */
export const CHANGES_URL = '/changes.html';
/** The same changes as an Atom feed, for feed readers. */
export const CHANGES_FEED_URL = '/changes.atom';
export const goodsUrl = (id: string) => `/goods/${id}.html`;
/** The commodity codes the rules and categories name: the chapters, then each chapter's headings. */
export const NOMENCLATURE_URL = '/commodity-codes.html';
export const hsChapterUrl = (chapter: string) => `/commodity-codes/${chapter}.html`;
export const goodsAnchor = (id: string) => `goods-${id}`;

/** The data files: the goods list for spreadsheets and programs, its schema, and the matcher's index. */
export const GOODS_JSON_URL = '/goods.json';
export const GOODS_CSV_URL = '/goods.csv';
export const GOODS_SCHEMA_URL = '/goods.schema.json';
/** The goods matcher's index (src/pages/goods-index.json.ts). */
export const GOODS_INDEX_DATA_URL = '/goods-index.json';
/** The nomenclature table as data: every chapter and heading, with the rules and categories that hold them. */
export const NOMENCLATURE_DATA_URL = '/commodity-codes.json';
/** The labels of one chapter's headings, which the search page and list checker fetch to show its codes. */
export const hsLabelsUrl = (chapter: string) => `/hs-labels/${chapter}.json`;

/** Pages and files the site always has, whatever the content: links to them are valid. */
export const STATIC_ROUTES = [
  HOME_URL,
  SEARCH_URL,
  CHECK_URL,
  GOODS_INDEX_URL,
  CONTACT_URL,
  GOODS_JSON_URL,
  GOODS_CSV_URL,
  GOODS_SCHEMA_URL,
  GOODS_INDEX_DATA_URL,
  NOMENCLATURE_URL,
  NOMENCLATURE_DATA_URL,
  CHANGES_URL,
  CHANGES_FEED_URL,
] as const;

/** The route parameter of a guidance permalink: /guidance/foo.html → foo. */
export const guidanceSlug = (permalink: string) => permalink.replace(/^\/guidance\//, '').replace(/\.html$/, '');

/** The route parameter of a topic URL: /topic/a/b.html → a/b. */
export const topicPath = (url: string) => url.replace(/^\/topic\//, '').replace(/\.html$/, '');

/** The address a page is known by: the home page is "/", not "/index.html". */
export const canonicalPath = (pathname: string) => pathname.replace(/(^|\/)index\.html$/, '$1');
