// Loads the goods matcher and its index once per page, only when someone searches: the search page
// and the list checker both use this, so they find the same categories for the same words.
import type { GoodsIndexFile, GoodsMatcher } from '../lib/browser/goods-matcher/matcher';
import { GOODS_INDEX_DATA_URL } from '../lib/routes/paths';

let matcher: Promise<GoodsMatcher> | undefined;

export function goodsMatcher(): Promise<GoodsMatcher> {
  matcher ??= (async () => {
    // The matcher's code (MiniSearch and a stemmer) and the records load side by side.
    const [{ createMatcherInSteps }, response] = await Promise.all([
      import('../lib/browser/goods-matcher/matcher'),
      fetch(GOODS_INDEX_DATA_URL),
    ]);
    if (!response.ok) throw new Error(`${GOODS_INDEX_DATA_URL}: ${response.status}`);
    // Built in steps: a linked search starts as the page loads, and must not hold up its first paint.
    return createMatcherInSteps((await response.json()) as GoodsIndexFile);
  })();
  return matcher;
}
