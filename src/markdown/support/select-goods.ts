import type { LeafDirective } from 'mdast-util-directive';
import type { Goods } from '../../schemas/records.ts';

/** The goods a directive names by `rule="…"` or `group="…"`, in the records' order. */
export function selectGoods(goods: Goods[], directive: LeafDirective, problem: (message: string) => void): Goods[] {
  const { rule, group, ...other } = directive.attributes ?? {};
  const unknown = Object.keys(other);
  if (unknown.length > 0)
    problem(
      `::${directive.name} does not take ${unknown.map((key) => `"${key}"`).join(', ')}; use rule="…" or group="…"`,
    );
  if (!rule && !group) {
    problem(`::${directive.name} needs rule="…" or group="…" to say which goods to list`);
    return [];
  }
  const selected = goods.filter((item) => (!rule || item.rule === rule) && (!group || item.group === group));
  if (selected.length === 0) {
    problem(
      `::${directive.name}: no goods records have ${[rule && `rule "${rule}"`, group && `group "${group}"`].filter(Boolean).join(' and ')} (content/goods.yaml)`,
    );
  }
  return selected;
}
