import type { Goods, Rule } from '../../schemas/records.ts';
import type { HsChapter } from '../../schemas/nomenclature.ts';
import { chapterOf, codesOverlap, formatCode, headingOf } from '../browser/hs-codes.ts';
import { codeCoverage } from '../goods/coverage.ts';
import { recordLine, type ContentProblem } from './yaml-records.ts';

export interface CodeCheckInput {
  goods: Goods[];
  rules: Rule[];
  hsChapters: HsChapter[];
  /** The record files' paths, for messages: content/goods.yaml and so on. */
  files: { goods: string; rules: string; hsChapters: string };
}

/**
 * The checks on commodity codes that look across files: every code a category or a rule names is
 * in the nomenclature table (so the site can say what it holds); a chapter a rule covers lists
 * every heading; and which rules cover a category follows from the codes, so a record's alsoUnder
 * may not also claim a rule that has a code scope — where the two would agree it is said twice,
 * where they disagree one of them is wrong.
 */
export function checkCodes({ goods, rules, hsChapters, files }: CodeCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const chapters = new Map(hsChapters.map((chapter) => [chapter.id, chapter]));
  const headings = new Set(hsChapters.flatMap((chapter) => chapter.headings.map((heading) => heading.code)));
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  const at = (file: string, record: { id: string }, path: Array<string | number>, message: string) =>
    problems.push({
      file,
      line: recordLine(record, path),
      field: `"${record.id}" → ${path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part)).join('')}`,
      message,
    });

  /** Why the table cannot show a code, if it cannot. */
  const missing = (code: string): string | undefined => {
    const chapter = chapterOf(code);
    if (!chapters.has(chapter)) return `HS chapter ${chapter} is not in ${files.hsChapters}: add the chapter there`;
    const heading = headingOf(code);
    if (heading && !headings.has(heading))
      return `HS ${heading} is not in ${files.hsChapters}: add the heading to chapter ${chapter} there`;
    return undefined;
  };

  for (const rule of rules) {
    rule.hsScope?.codes.forEach((code, index) => {
      const path = ['hsScope', 'codes', index];
      const problem = missing(code);
      if (problem) at(files.rules, rule, path, problem);
      else if (chapters.get(chapterOf(code))!.headingsListed !== 'all')
        at(
          files.rules,
          rule,
          path,
          `the rule covers HS ${formatCode(code)}, so chapter ${chapterOf(code)} in ${files.hsChapters} must list every heading (headingsListed: all)`,
        );
    });
  }

  for (const item of goods) {
    item.hs?.forEach((code, index) => {
      const problem = missing(code);
      if (problem) at(files.goods, item, ['hs', index], problem);
    });
    const own = ruleById.get(item.rule);
    if (own?.hsScope) {
      if (!item.hs) at(files.goods, item, ['rule'], `its rule "${own.id}" has a code scope, so the category must list its codes (hs)`);
      item.hs?.forEach((code, index) => {
        if (!own.hsScope!.codes.some((outer) => codesOverlap(outer, code)))
          at(files.goods, item, ['hs', index], `HS ${formatCode(code)} is outside the code scope of its rule "${own.id}"`);
      });
    }

    const covers = codeCoverage(item, rules, goods);
    for (const cover of covers)
      if (cover.categoryIds.length === 0)
        at(
          files.goods,
          item,
          ['hs'],
          `the rule "${cover.ruleId}" covers HS ${cover.codes.map(formatCode).join(', ')} by its code scope, but none of its categories lists those codes`,
        );
    item.alsoUnder?.forEach((ruleId, index) => {
      const other = ruleById.get(ruleId);
      if (!other?.hsScope) return;
      const scope = other.hsScope.codes.map(formatCode).join(', ');
      at(
        files.goods,
        item,
        ['alsoUnder', index],
        covers.some((cover) => cover.ruleId === ruleId)
          ? `"${ruleId}" follows from the category's codes (hs), since the rule covers HS ${scope}: remove it from alsoUnder`
          : `"${ruleId}" covers goods by code (HS ${scope}), and this category's codes (${
              item.hs?.map(formatCode).join(', ') ?? 'none'
            }) are outside it: give the category the codes its goods have, or remove the rule from alsoUnder`,
      );
    });
  }
  return problems;
}
