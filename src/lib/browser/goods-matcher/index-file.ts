// The goods index as the build writes it (/goods-index.json) and the browser reads it: the goods
// and rule records and the words of the HS headings, as compact as the matcher can use them (the
// budget for the first search is 70 kB gzipped, code included). What only a page shows, the
// headings' labels and the chapters' titles, is in a file per chapter (/hs-labels/87.json),
// fetched only for an answer that shows a code of that chapter. Runs in the browser and at build
// time.
import { goodsUrl } from '../../routes/paths.ts';
import { WAYS, direction, type DirectionId, type Way } from '../directions.ts';

/** Another rule that covers a category's goods by code, with its categories that hold them. */
export interface CodeCover {
  ruleId: string;
  categoryIds: string[];
  /** The category's codes that the rule's code scope reaches. */
  codes: string[];
  /** Every good of the category is in the scope; otherwise only goods of those codes are. */
  whole: boolean;
}

/** A category as the index file carries it: its names, its rule, the words it is found by, its codes. */
export interface IndexedGoods {
  id: string;
  /** The everyday name ("Wine and spirits"). */
  title: string;
  /** The wording of the rule's own list ("high quality wines and spirits"). */
  name: string;
  ruleId: string;
  aliases: string[];
  /** Other rules that also cover these goods where codes do not say so (the record's alsoUnder). */
  alsoUnder: string[];
  /** The category of another rule that holds the same goods: its words find this one too. */
  sameGoodsAs?: string;
  /** The HS codes its goods fall in. */
  hs: string[];
  /** Every other rule whose code scope reaches its codes. */
  coveredBy: CodeCover[];
}

/** A rule as the index file carries it. */
export interface IndexedRule {
  id: string;
  name: string;
  shortName: string;
  status: string;
  /** Where the rule and all its categories are listed. */
  url: string;
  /** Whose rule it is and which way the goods go. */
  direction: DirectionId;
  /** Its source defines goods by code. */
  byCode: boolean;
}

/**
 * An HS heading as the matcher knows it, in as few bytes as it can be: its code; its everyday
 * words, already made into terms as text.ts makes them (stemmed, one phrase per comma, its words
 * apart: "pram,pushchair,babi buggi"); and the categories whose codes hold the whole heading, by
 * their place in `goods` (its words lead to them).
 */
export type IndexedHeading = [code: string, terms: string, categories: number[]];

export interface GoodsIndexFile {
  goods: IndexedGoods[];
  rules: IndexedRule[];
  headings: IndexedHeading[];
  /** The chapters the nomenclature table lists. */
  chapters: string[];
}

/** The labels of the table's headings and the titles of its chapters, by code: what a code holds. */
export interface HsLabels {
  headings: Record<string, string>;
  chapters: Record<string, string>;
}

/** What a match shows about its category. */
export interface GoodsEntry {
  id: string;
  title: string;
  name: string;
  status: string;
  ruleId: string;
  /** The rule's short name (the search page's rule filter). */
  rule: string;
  ruleName: string;
  url: string;
  /** Whose rule it is and which way the goods go. */
  direction: DirectionId;
  /**
   * What a page shows of it, worked out where the matcher is (the pages' own script does not carry
   * the list of kinds): the way the goods go, its place among the ways, the kind of rule in words
   * ("UK rule on importing from North Korea"), and what a count of lines adds for the way.
   */
  way: Way;
  wayOrder: number;
  kind: string;
  countNote: string;
  /** Whether the rule's own source defines goods by code; if not, a code only says where its goods are classified. */
  ruleByCode: boolean;
}

/** What a page shows of a kind of rule. */
export function kindOf(id: DirectionId): Pick<GoodsEntry, 'way' | 'wayOrder' | 'kind' | 'countNote'> {
  const { way, label } = direction(id);
  return { way, wayOrder: Object.keys(WAYS).indexOf(way), kind: label, countNote: WAYS[way].countNote };
}

/** Each category of the file with what a match shows of it and of its rule. */
export function goodsEntries(file: GoodsIndexFile): GoodsEntry[] {
  const rules = new Map(file.rules.map((rule) => [rule.id, rule]));
  return file.goods.map(({ id, title, name, ruleId }) => {
    const rule = rules.get(ruleId)!;
    return {
      id,
      title,
      name,
      status: rule.status,
      ruleId,
      rule: rule.shortName,
      ruleName: rule.name,
      url: goodsUrl(id),
      direction: rule.direction,
      ...kindOf(rule.direction),
      ruleByCode: rule.byCode,
    };
  });
}
