import { CHECK_URL, GOODS_INDEX_DATA_URL, GOODS_INDEX_URL, HOME_URL, SEARCH_URL } from './urls.ts';

export const CONTACT_URL = '/contact.html';

/** Pages the site always has, whatever the content: links to them are valid. */
export const STATIC_ROUTES = [
  HOME_URL,
  SEARCH_URL,
  CHECK_URL,
  GOODS_INDEX_URL,
  CONTACT_URL,
  '/goods.json',
  '/goods.csv',
  '/goods.schema.json',
  GOODS_INDEX_DATA_URL,
] as const;
