// Why the matcher gave a category, in words a reader can check: the words that matched, the HS
// heading or code that ties it to them, or the other category whose codes brought it. The search
// page and the list checker (on screen and in its CSV) say the same. Runs in the browser.
import type { CodeLabel, CodeRead, GoodsMatch, Matches } from './matcher.ts';
import { hsLabel, tariffUrl } from '../hs-codes.ts';
import { hsChapterUrl } from '../../routes/paths.ts';
import { DEFAULT_WAY, WAYS } from '../directions.ts';

/** A piece of an explanation: plain text, or a link (a code's page in the UK Trade Tariff, a chapter's page). */
export type Part = string | { href: string; text: string };

/** "HS 8715: Prams, pushchairs and other baby carriages", or just "HS 9608" for a code the site does not list. */
export function codeParts({ code, label }: CodeLabel): Part[] {
  return [{ href: tariffUrl(code), text: hsLabel(code) }, ...(label ? [`: ${label}`] : [])];
}

const joined = (labels: CodeLabel[]) =>
  labels.flatMap((label, index) => [...(index > 0 ? ['; '] : []), ...codeParts(label)]);

/** Why the category was given: the first line a reader sees under it. */
export function whyParts(match: GoodsMatch): Part[] {
  const words = match.matched.join(', ');
  switch (match.found) {
    case 'words':
    case 'heading':
      // The heading that holds the goods, where the words name one.
      return [`Matched: ${words}`, ...(match.codes.length > 0 ? [', goods of ', ...joined(match.codes)] : [])];
    case 'code':
      return [`Commodity code ${words}, in `, ...joined(match.codes)];
    case 'covered':
      return match.via?.onlySome
        ? [
            `Matched: ${words}, through ${match.via.title}. This rule covers goods by code: only those of these goods classified in `,
            ...joined(match.codes),
            ' are under it.',
          ]
        : [
            `Matched: ${words}, through ${match.via?.title ?? 'another category'}. This rule covers goods by code, and takes in `,
            ...joined(match.codes),
          ];
  }
}

/**
 * What a reader must know when a category was tied to their goods by a code although its rule is
 * not defined by code here (the UK's luxury goods list, North Korea's own rules): the code says
 * where such goods are classified, not that the rule lists the code.
 */
export function notByCode(match: GoodsMatch): string | undefined {
  if (match.entry.ruleByCode || (match.found !== 'code' && match.found !== 'heading')) return undefined;
  return `The ${match.entry.rule} is not known by commodity code here: this category is shown because goods of that code can fall under it, so check whether yours do.`;
}

/** Said of a code the site's table does not list. */
const NOT_LISTED =
  'This site lists no rule that covers this code by code, and does not say what it holds. That does not mean goods with this code may be sent: other rules may apply to them.';

/** An explanation as plain text: for a CSV cell, or anything that cannot hold a link. */
export const partsText = (parts: Part[]) => parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

/** A category with what a page says of it: why it was given, and the note a code may call for. */
export interface ExplainedMatch extends GoodsMatch {
  why: Part[];
  note?: string;
}

/**
 * A code read, with what a page says of it, a paragraph each: "Commodity code 8703.23: HS 8703:
 * Cars…", a link to what its chapter holds, and, for a code the site does not list, that this
 * does not mean the goods may be sent.
 */
export interface ExplainedCode extends CodeRead {
  paragraphs: Part[][];
}

/** An answer as the search page and the list checker show it. */
export interface Explained extends Omit<Matches, 'goods' | 'codes'> {
  goods: ExplainedMatch[];
  codes: ExplainedCode[];
  /**
   * Said when the answer has rules, but none for the way the words give (goods going to North
   * Korea when they give none): rules for the other way do not say the goods may go this way.
   */
  noneThisWay?: string;
}

/** What to say when every category found is under the other way's rules; nothing otherwise. */
export function noneThisWay(matches: Pick<Matches, 'goods' | 'way'>): string | undefined {
  const way = matches.way ?? DEFAULT_WAY;
  if (matches.goods.length === 0 || matches.goods.some((match) => match.entry.way === way)) return undefined;
  return WAYS[way].noneFound;
}

/**
 * An answer with its explanations, made where the matcher is (the pages' own script stays small):
 * each category's reason and note, and each code read with its heading and, where the site lists
 * its chapter, the chapter's title.
 */
export function explain(matches: Matches): Explained {
  const none = noneThisWay(matches);
  return {
    ...matches,
    ...(none ? { noneThisWay: none } : {}),
    goods: matches.goods.map((match) => {
      const note = notByCode(match);
      return { ...match, why: match.matched.length > 0 ? whyParts(match) : [], ...(note ? { note } : {}) };
    }),
    codes: matches.codes.map((read) => {
      const inHeading = read.listed && read.heading.code !== read.chapter.code;
      return {
        ...read,
        paragraphs: [
          [
            `Commodity code ${read.text}: `,
            ...codeParts(read.heading),
            ...(inHeading && read.chapter.label ? [`, in chapter ${read.chapter.code}: ${read.chapter.label}`] : []),
            '.',
          ],
          ...(read.chapter.label
            ? [
                [
                  {
                    href: `${hsChapterUrl(read.chapter.code)}${inHeading ? `#hs-${read.heading.code}` : ''}`,
                    text: `What chapter ${read.chapter.code} holds, heading by heading`,
                  },
                ],
              ]
            : []),
          ...(read.listed ? [] : [[NOT_LISTED]]),
        ],
      };
    }),
  };
}
