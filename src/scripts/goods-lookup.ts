// Loads the goods index once per page and gives the matcher over it: the search page and the list
// checker both use this, so they find the same categories for the same words.
import { createMatcher, type GoodsIndexFile, type GoodsMatcher } from '../lib/goods-matcher/matcher';
import { GOODS_INDEX_DATA_URL } from '../lib/urls';

let matcher: Promise<GoodsMatcher> | undefined;

export function goodsMatcher(): Promise<GoodsMatcher> {
  matcher ??= (async () => {
    const response = await fetch(GOODS_INDEX_DATA_URL);
    if (!response.ok) throw new Error(`${GOODS_INDEX_DATA_URL}: ${response.status}`);
    return createMatcher((await response.json()) as GoodsIndexFile);
  })();
  return matcher;
}
