// Writes the goods index that the browser loads (goods-index.json) and the labels of the HS
// headings (hs-labels/<chapter>.json): each category with its names, aliases and codes; each rule;
// each heading of the nomenclature table with the terms of its everyday words and the categories
// that hold it. Runs at build time.
import type { CodeCover, GoodsEntry, GoodsIndexFile, HsLabels, IndexedRule } from './index-file.ts';
import { aliasTerm, words } from './text.ts';
import { codeCovers } from '../hs-codes.ts';

/** What the index needs to know of a category, beyond what a match shows. */
export interface IndexableGoods extends Omit<GoodsEntry, 'way' | 'wayOrder' | 'kind' | 'countNote'> {
  aliases: string[];
  alsoUnder: string[];
  sameGoodsAs?: string;
  hs: string[];
  coveredBy: CodeCover[];
}

/** What the index needs to know of a heading. */
export interface IndexableHeading {
  code: string;
  label: string;
  words: string[];
}

export interface IndexableNomenclature {
  chapters: Array<{ code: string; title: string }>;
  headings: IndexableHeading[];
}

/**
 * A word the matcher can find: a phrase of at most three words, none of them a number or a single
 * letter (queryTerms never makes a longer phrase, nor one with such a word in it).
 */
const findable = (terms: string[]) =>
  terms.length > 0 && terms.length <= 3 && terms.every((term) => /^\D{2,}$/.test(term));

/**
 * A heading's everyday words as terms, each phrase once ("Prams" and "pram" are one), without
 * those the matcher could never find: see IndexedHeading.
 */
const headingTerms = (phrases: string[]) =>
  [
    ...new Set(
      phrases
        .map((phrase) => words(phrase).map((word) => word.term))
        .filter(findable)
        .map((terms) => terms.join(' ')),
    ),
  ].join(',');

/** A category's aliases, one of each term: "cars" is "car" to the matcher, and need not be sent twice. */
function distinctAliases(aliases: string[]): string[] {
  const terms = new Set<string>();
  return aliases.filter((alias) => {
    const term = aliasTerm(alias);
    if (term === undefined || terms.has(term)) return false;
    terms.add(term);
    return true;
  });
}

export function buildGoodsIndex(
  goods: IndexableGoods[],
  rules: IndexedRule[],
  nomenclature: IndexableNomenclature = { chapters: [], headings: [] },
): GoodsIndexFile {
  // Every rule a category is under, as its records say, with the address the rule list gives it.
  const given = new Map(rules.map((rule) => [rule.id, rule]));
  const used = new Map<string, IndexedRule>();
  for (const item of goods)
    used.set(item.ruleId, {
      id: item.ruleId,
      name: item.ruleName,
      shortName: item.rule,
      status: item.status,
      url: given.get(item.ruleId)?.url ?? '/',
      direction: item.direction,
      byCode: item.ruleByCode,
    });
  return {
    goods: goods.map((item) => ({
      id: item.id,
      title: item.title,
      name: item.name,
      ruleId: item.ruleId,
      aliases: distinctAliases(item.aliases),
      alsoUnder: item.alsoUnder,
      ...(item.sameGoodsAs ? { sameGoodsAs: item.sameGoodsAs } : {}),
      hs: item.hs,
      coveredBy: item.coveredBy,
    })),
    rules: [...used.values(), ...rules.filter((rule) => !used.has(rule.id))],
    // A heading's words lead to the categories that hold all of it: a category naming only one
    // subheading (fresh truffles, 0709.56) is not found by the words of the rest (asparagus).
    headings: nomenclature.headings.map((heading) => [
      heading.code,
      headingTerms(heading.words),
      goods.flatMap((item, at) => (item.hs.some((code) => codeCovers(code, heading.code)) ? [at] : [])),
    ]),
    chapters: nomenclature.chapters.map((chapter) => chapter.code),
  };
}

/** The labels of the headings and the titles of the chapters, for the pages that show codes. */
export function buildHsLabels(nomenclature: IndexableNomenclature): HsLabels {
  return {
    headings: Object.fromEntries(nomenclature.headings.map((heading) => [heading.code, heading.label])),
    chapters: Object.fromEntries(nomenclature.chapters.map((chapter) => [chapter.code, chapter.title])),
  };
}
