// Why the matcher gave a category, in words a reader can check: the words that matched, the HS
// heading or code that ties it to them, or the other category whose codes brought it. The search
// page and the list checker (on screen and in its CSV) say the same. Runs in the browser.
import type { CodeLabel, CodeRead, GoodsMatch, Matches } from './matcher.ts';
import { formatCode, hsLabel } from '../hs-codes.ts';

/** A piece of an explanation: plain text, or a code that a page links to the UK Trade Tariff. */
export type Part = string | { code: string; text: string };

/** "HS 8715: Prams, pushchairs and other baby carriages", or just "HS 9608" for a code the site does not list. */
export function codeParts({ code, label }: CodeLabel): Part[] {
  return [{ code, text: hsLabel(code) }, ...(label ? [`: ${label}`] : [])];
}

const joined = (labels: CodeLabel[]) =>
  labels.flatMap((label, index) => [...(index > 0 ? ['; '] : []), ...codeParts(label)]);

/** Why the category was given: the first line a reader sees under it. */
export function whyParts(match: GoodsMatch): Part[] {
  const words = match.matched.join(', ');
  switch (match.found) {
    case 'words':
      return [`Matched: ${words}`];
    case 'heading':
      return [`Matched: ${words}, goods of `, ...joined(match.codes)];
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

/** An explanation as plain text: for a CSV cell, or anything that cannot hold a link. */
export const partsText = (parts: Part[]) => parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

/** A code read, as the list checker shows it under the line: "Code read: 8703.23, HS 8703: Cars…". */
export const codeReadParts = ({ code, heading }: CodeRead): Part[] => [
  `Code read: ${formatCode(code)}, `,
  ...codeParts(heading),
];

/** A category with what a page says of it: why it was given, and the note a code may call for. */
export interface ExplainedMatch extends GoodsMatch {
  why: Part[];
  note?: string;
}

/** A code read, with what a page says of it: "Commodity code 8703.23: HS 8703: Cars…". */
export interface ExplainedCode extends CodeRead {
  parts: Part[];
}

/** An answer as the search page and the list checker show it. */
export interface Explained extends Omit<Matches, 'goods' | 'codes'> {
  goods: ExplainedMatch[];
  codes: ExplainedCode[];
}

/**
 * An answer with its explanations, made where the matcher is (the pages' own script stays small):
 * each category's reason and note, and each code read with its heading and, where the site lists
 * its chapter, the chapter's title.
 */
export function explain(matches: Matches): Explained {
  return {
    ...matches,
    goods: matches.goods.map((match) => {
      const note = notByCode(match);
      return { ...match, why: match.matched.length > 0 ? whyParts(match) : [], ...(note ? { note } : {}) };
    }),
    codes: matches.codes.map((read) => ({
      ...read,
      parts: [
        `Commodity code ${read.text}: `,
        ...codeParts(read.heading),
        ...(read.heading.code !== read.chapter.code && read.chapter.label
          ? [`, in chapter ${read.chapter.code}: ${read.chapter.label}`]
          : []),
        '.',
      ],
    })),
  };
}
