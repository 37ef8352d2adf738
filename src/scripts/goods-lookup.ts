// Loads the goods lookup (the matcher and what explains its answers) and the goods index once per
// page, only when someone searches: the search page and the list checker both use this, so they
// find the same categories for the same words. The labels of codes load only for an answer that
// shows a code, and only for its chapters.
import type { GoodsIndexFile, GoodsMatcher, HsLabels, Matches } from '../lib/browser/goods-matcher/matcher';
import type { Explained } from '../lib/browser/goods-matcher/explain';
import { GOODS_INDEX_DATA_URL, hsLabelsUrl } from '../lib/routes/paths';

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

const chapterLabels = new Map<string, Promise<HsLabels>>();

/** One chapter's labels, fetched once; a chapter the table does not list has none. */
function labelsOf(chapter: string): Promise<HsLabels> {
  let labels = chapterLabels.get(chapter);
  if (!labels) {
    labels = fetch(hsLabelsUrl(chapter)).then((response) =>
      response.ok ? (response.json() as Promise<HsLabels>) : { headings: {}, chapters: {} },
    );
    chapterLabels.set(chapter, labels);
  }
  return labels;
}

/**
 * The answers as a page shows them: their codes labelled (the labels of the chapters they show
 * codes of are fetched, no others) and each category and code explained.
 */
export async function explained(answers: Matches[]): Promise<Explained[]> {
  const { chaptersShown, withLabels, explain } = await lookupCode();
  const chapters = [...new Set(answers.flatMap(chaptersShown))];
  const parts = await Promise.all(chapters.map(labelsOf));
  const known: HsLabels = {
    headings: Object.assign({}, ...parts.map((part) => part.headings)),
    chapters: Object.assign({}, ...parts.map((part) => part.chapters)),
  };
  return answers.map((answer) => explain(withLabels(answer, known)));
}
