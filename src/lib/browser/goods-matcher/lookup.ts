// Everything a page needs once someone looks goods up, loaded as one file then and not before:
// the matcher, the labels of codes, and the words that explain an answer. The pages' own script
// (loaded on every page) holds only what draws the answer.
import type { HsLabels } from './index-file.ts';
import type { Matches } from './matcher.ts';
import { chaptersShown, withLabels } from './labels.ts';
import { explain, type Explained } from './explain.ts';
import { hsLabelsUrl } from '../../routes/paths.ts';

export { createCodeMatcher, createMatcherInSteps } from './matcher.ts';
// The list checker's counting, which needs the answers first: it loads with them.
export { checkLines, outcomeOf, summarise, summaryText } from '../list-check/check.ts';

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
  const chapters = [...new Set(answers.flatMap(chaptersShown))];
  const parts = await Promise.all(chapters.map(labelsOf));
  const known: HsLabels = {
    headings: Object.assign({}, ...parts.map((part) => part.headings)),
    chapters: Object.assign({}, ...parts.map((part) => part.chapters)),
  };
  return answers.map((answer) => explain(withLabels(answer, known)));
}
