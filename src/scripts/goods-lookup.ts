// Loads the goods matcher and its index once per page, only when someone searches: the search page
// and the list checker both use this, so they find the same categories for the same words. The
// index also dates its records, for the record of an answer made from it.
import type { GoodsEntry, GoodsIndexFile, GoodsMatcher } from '../lib/browser/goods-matcher/matcher';
import type { AnswerRecord, ContentDates } from '../lib/browser/answer-record';
import { GOODS_INDEX_DATA_URL } from '../lib/routes/paths';

export interface GoodsIndex {
  matcher: GoodsMatcher;
  /** Makes the record of an answer with these goods, dated from the same index, and shows it. */
  recordAnswer(section: HTMLElement, goods: GoodsEntry[]): AnswerRecord;
}

let index: Promise<GoodsIndex> | undefined;

export function goodsIndex(): Promise<GoodsIndex> {
  index ??= (async () => {
    // The matcher's code (MiniSearch and a stemmer), the record's and the records load side by side.
    const [{ createMatcherInSteps }, { recordAnswer }, response] = await Promise.all([
      import('../lib/browser/goods-matcher/matcher'),
      import('./answer-record'),
      fetch(GOODS_INDEX_DATA_URL),
    ]);
    if (!response.ok) throw new Error(`${GOODS_INDEX_DATA_URL}: ${response.status}`);
    const file = (await response.json()) as GoodsIndexFile & { changes: ContentDates };
    return {
      // Built in steps: a linked search starts as the page loads, and must not hold up its first paint.
      matcher: await createMatcherInSteps(file),
      recordAnswer: (section, goods) => recordAnswer(section, goods, file.changes),
    };
  })();
  return index;
}
