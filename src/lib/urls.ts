/** Addresses of the pages this site generates, in one place so that links and routes agree. */
export const goodsUrl = (id: string) => `/goods/${id}.html`;
export const goodsAnchor = (id: string) => `goods-${id}`;
export const SEARCH_URL = '/search.html';
/** The list checker: a whole invoice or packing list at once. */
export const CHECK_URL = '/check.html';
export const GOODS_INDEX_URL = '/goods.html';
/** The goods matcher's index (src/pages/goods-index.json.ts). */
export const GOODS_INDEX_DATA_URL = '/goods-index.json';
export const HOME_URL = '/';

/** The route parameter of a guidance permalink: /guidance/foo.html → foo. */
export const guidanceSlug = (permalink: string) => permalink.replace(/^\/guidance\//, '').replace(/\.html$/, '');

/** The route parameter of a topic URL: /topic/a/b.html → a/b. */
export const topicPath = (url: string) => url.replace(/^\/topic\//, '').replace(/\.html$/, '');

/** The address a page is known by: the home page is "/", not "/index.html". */
export const canonicalPath = (pathname: string) => pathname.replace(/(^|\/)index\.html$/, '$1');
