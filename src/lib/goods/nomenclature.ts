import type { Goods, Rule } from '../../schemas/records.ts';
import type { HsChapter, HsHeading } from '../../schemas/nomenclature.ts';
import { codeCovers, codesOverlap } from '../browser/hs-codes.ts';

/** A rule that covers some or all of a chapter's goods by its code scope. */
export interface ChapterRule {
  rule: Rule;
  /** The whole chapter, not only some of its headings. */
  whole: boolean;
}

/** A heading with the categories whose codes share its goods. */
export interface HeadingView extends HsHeading {
  categories: Goods[];
}

/** A chapter of the nomenclature table with what the site says about it. */
export interface ChapterView extends HsChapter {
  /** The rules whose code scope reaches the chapter. */
  rules: ChapterRule[];
  /** The categories whose codes share goods with the chapter. */
  categories: Goods[];
  headings: HeadingView[];
}

/** Every chapter of the table, in code order, with the rules and categories that reach it. */
export function chapterViews(chapters: HsChapter[], rules: Rule[], goods: Goods[]): ChapterView[] {
  const holding = (code: string) => goods.filter((item) => (item.hs ?? []).some((own) => codesOverlap(own, code)));
  return [...chapters]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((chapter) => ({
      ...chapter,
      rules: rules.flatMap((rule) => {
        const scope = rule.hsScope?.codes ?? [];
        if (!scope.some((code) => codesOverlap(code, chapter.id))) return [];
        return [{ rule, whole: scope.some((code) => codeCovers(code, chapter.id)) }];
      }),
      categories: holding(chapter.id),
      headings: chapter.headings.map((heading) => ({ ...heading, categories: holding(heading.code) })),
    }));
}

/** Chapter 77 is kept empty in the HS: 76 and 78 are neighbours. */
const follows = (next: number, previous: number) => next === previous + 1 || (previous === 76 && next === 78);

/** A rule's code scope as a reader reads it: runs of neighbouring chapters, then any headings ("chapters 72 to 89"). */
export function scopeText(codes: string[]): string {
  const chapters = codes.filter((code) => code.length === 2).map(Number);
  const runs: string[] = [];
  for (let at = 0; at < chapters.length;) {
    let end = at;
    while (end + 1 < chapters.length && follows(chapters[end + 1]!, chapters[end]!)) end++;
    const [first, last] = [chapters[at]!, chapters[end]!].map((n) => String(n).padStart(2, '0'));
    runs.push(first === last ? first! : `${first} to ${last}`);
    at = end + 1;
  }
  const others = codes.filter((code) => code.length > 2);
  const parts = [...(runs.length > 0 ? [`chapters ${runs.join(', ')}`] : []), ...others];
  return parts.join(', ');
}
