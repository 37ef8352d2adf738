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
  recordAnswer(section: HTMLElement, goods: GoodsEntry[], checkedAt?: Date): AnswerRecord;
}

interface Loaded {
  lookup: Lookup;
  file: GoodsIndexFile & { changes: ContentDates };
  recordAnswer: GoodsIndex['recordAnswer'];
}

let loaded: Promise<Loaded> | undefined;

/** The lookup's code, the record's and the records, loaded side by side, once. */
function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const [lookup, { recordAnswer }, response] = await Promise.all([
      lookupCode(),
      import('./answer-record'),
      fetch(GOODS_INDEX_DATA_URL),
    ]);
    if (!response.ok) throw new Error(`${GOODS_INDEX_DATA_URL}: ${response.status}`);
    const file = (await response.json()) as Loaded['file'];
    return {
      lookup,
      file,
      recordAnswer: (section, goods, checkedAt) => recordAnswer(section, goods, file.changes, checkedAt),
    };
  })();
  return loaded;
}

let index: Promise<GoodsIndex> | undefined;

/** The matcher with its word index, for any words. */
export function goodsIndex(): Promise<GoodsIndex> {
  index ??= (async () => {
    const { lookup, file, recordAnswer } = await load();
    // Built in steps: a linked search starts as the page loads, and must not hold up its first paint.
    return { matcher: await lookup.createMatcherInSteps(file), recordAnswer };
  })();
  return index;
}

let codeIndex: Promise<GoodsIndex> | undefined;

/**
 * A matcher that answers `text` as the full one would: for codes alone ("8703.23"), or no words
 * at all, the one made at once without a word index, so the answer need not wait for the index.
 */
export async function goodsIndexFor(text: string): Promise<GoodsIndex> {
  codeIndex ??= load().then(({ lookup, file, recordAnswer }) => ({
    matcher: lookup.createCodeMatcher(file),
    recordAnswer,
  }));
  const codes = await codeIndex;
  return codes.matcher.hasGoodsWords(text) ? goodsIndex() : codes;
}

/** The answers as a page shows them: codes labelled (the labels of their chapters load now), each explained. */
export async function explained(answers: Matches[]): Promise<Explained[]> {
  return (await lookupCode()).explained(answers);
}

/** The list checker's counting of answers, with the lookup's code. */
export type ListTools = Pick<Lookup, 'checkLines' | 'outcomeOf' | 'summarise' | 'summaryText'>;
export const listTools = (): Promise<ListTools> => lookupCode();
