// Loads the goods lookup (the matcher and what explains its answers) and the goods index once per
// page, only when someone searches: the search page and the list checker both use this, so they
// find the same categories for the same words.
import type { GoodsIndexFile, GoodsMatcher, Matches } from '../lib/browser/goods-matcher/matcher';
import type { Explained } from '../lib/browser/goods-matcher/explain';
import { GOODS_INDEX_DATA_URL } from '../lib/routes/paths';

type Lookup = typeof import('../lib/browser/goods-matcher/lookup');
let lookup: Promise<Lookup> | undefined;
/** The lookup's code, fetched once. */
export function lookupCode(): Promise<Lookup> {
  lookup ??= import('../lib/browser/goods-matcher/lookup');
  return lookup;
}

let matcher: Promise<GoodsMatcher> | undefined;

export function goodsMatcher(): Promise<GoodsMatcher> {
  matcher ??= (async () => {
    // The matcher's code (MiniSearch and a stemmer) and the records load side by side.
    const [{ createMatcherInSteps }, response] = await Promise.all([lookupCode(), fetch(GOODS_INDEX_DATA_URL)]);
    if (!response.ok) throw new Error(`${GOODS_INDEX_DATA_URL}: ${response.status}`);
    // Built in steps: a linked search starts as the page loads, and must not hold up its first paint.
    return createMatcherInSteps((await response.json()) as GoodsIndexFile);
  })();
  return matcher;
}

/** The answers as a page shows them: codes labelled (the labels of their chapters load now), each explained. */
export async function explained(answers: Matches[]): Promise<Explained[]> {
  return (await lookupCode()).explained(answers);
}
