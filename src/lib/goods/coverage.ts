import type { Goods, Rule } from '../../schemas/records.ts';
import { codeCovers, codesOverlap } from '../browser/hs-codes.ts';

/**
 * Another rule that covers a category because of its codes: the UN ban takes in every good of
 * chapters 86 to 89, so a luxury car (HS 8703) is under it as well as under the luxury ban.
 */
export interface CodeCoverage {
  ruleId: string;
  /** The rule's categories that hold the same goods, by their codes. */
  categoryIds: string[];
  /** The category's codes that the rule's scope reaches. */
  codes: string[];
  /**
   * Every good of the category is inside the scope (all its codes are), so the rule covers the
   * category whatever its goods are; otherwise only goods of the codes above are under it.
   */
  whole: boolean;
}

/** The codes of `codes` that any code of `scope` shares goods with. */
const reached = (codes: string[], scope: string[]) =>
  codes.filter((code) => scope.some((outer) => codesOverlap(outer, code)));

/** Every other rule whose code scope reaches the category's codes, with the categories it holds them in. */
export function codeCoverage(item: Pick<Goods, 'rule' | 'hs'>, rules: Rule[], goods: Goods[]): CodeCoverage[] {
  const codes = item.hs ?? [];
  return rules.flatMap((rule) => {
    if (rule.id === item.rule || !rule.hsScope) return [];
    const scope = rule.hsScope.codes;
    const shared = reached(codes, scope);
    if (shared.length === 0) return [];
    return [
      {
        ruleId: rule.id,
        categoryIds: goods
          .filter((other) => other.rule === rule.id && reached(other.hs ?? [], shared).length > 0)
          .map((other) => other.id),
        codes: shared,
        whole: codes.every((code) => scope.some((outer) => codeCovers(outer, code))),
      },
    ];
  });
}

/** Every rule that applies to a category besides its own: from its codes, then its record's alsoUnder. */
export function otherRuleIds(item: Pick<Goods, 'rule' | 'hs' | 'alsoUnder'>, rules: Rule[], goods: Goods[]): string[] {
  return [...new Set([...codeCoverage(item, rules, goods).map((cover) => cover.ruleId), ...(item.alsoUnder ?? [])])];
}
