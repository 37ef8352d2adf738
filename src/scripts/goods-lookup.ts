// Loads the goods lookup (the matcher and what explains its answers) and the goods index once per
// page, only when someone searches: the search page and the list checker both use this, so they
// find the same categories for the same words. The index also dates its records, for the record
// of an answer made from it.
import type { GoodsEntry, GoodsIndexFile, GoodsMatcher, Matches } from '../lib/browser/goods-matcher/matcher';
import type { Explained } from '../lib/browser/goods-matcher/explain';
import type { AnswerRecord, ContentDates } from '../lib/browser/answer-record';
import { GOODS_INDEX_DATA_URL } from '../lib/routes/paths';

type Lookup = typeof import('../lib/browser/goods-matcher/lookup');
let lookup: Promise<Lookup> | undefined;
/** The lookup's code, fetched once. */
function lookupCode(): Promise<Lookup> {
  lookup ??= import('../lib/browser/goods-matcher/lookup');
  return lookup;
}

export interface GoodsIndex {
  matcher: GoodsMatcher;
  /** Makes the record of an answer with these goods, dated from the same index, and shows it. */
  recordAnswer(section: HTMLElement, goods: GoodsEntry[]): AnswerRecord;
}

let index: Promise<GoodsIndex> | undefined;

export function goodsIndex(): Promise<GoodsIndex> {
  index ??= (async () => {
    // The lookup's code (MiniSearch and a stemmer), the record's and the records load side by side.
    const [{ createMatcherInSteps }, { recordAnswer }, response] = await Promise.all([
      lookupCode(),
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

/** The answers as a page shows them: codes labelled (the labels of their chapters load now), each explained. */
export async function explained(answers: Matches[]): Promise<Explained[]> {
  return (await lookupCode()).explained(answers);
}
