// Puts the labels of the HS headings (and the titles of the chapters) into an answer, once the
// page has fetched them: the matcher works without them, and a page fetches them only for an
// answer that shows a code. Runs in the browser.
import type { HsLabels } from './index-file.ts';
import type { CodeLabel, Matches } from './matcher.ts';
import { chapterOf } from '../hs-codes.ts';

/** The chapters an answer shows codes of: of the codes read, and of the headings or codes behind its categories. */
export const chaptersShown = (matches: Matches): string[] => [
  ...new Set(
    [
      ...matches.codes.map((read) => read.code),
      ...matches.goods.flatMap((match) => match.codes.map((label) => label.code)),
    ].map(chapterOf),
  ),
];

function labelled({ code }: CodeLabel, labels: HsLabels): CodeLabel {
  const label = code.length === 2 ? labels.chapters[code] : labels.headings[code];
  return label === undefined ? { code } : { code, label };
}

/** The answer with every code it shows labelled, where the site lists the code. */
export function withLabels(matches: Matches, labels: HsLabels): Matches {
  return {
    ...matches,
    goods: matches.goods.map((match) => ({ ...match, codes: match.codes.map((code) => labelled(code, labels)) })),
    codes: matches.codes.map((read) => ({
      ...read,
      heading: labelled(read.heading, labels),
      chapter: labelled(read.chapter, labels),
    })),
  };
}
