import type { Rule } from '../schemas/records.ts';
import { STATUS_LABELS } from './status.ts';

/**
 * What the search index stores about a goods category, as Pagefind attribute values (one key per
 * attribute: Pagefind reads "key:value" literally). Status and rule are filters, to narrow
 * results, and metadata, to show in each result.
 */
export function goodsSearchFields(rule: Rule) {
  const status = STATUS_LABELS[rule.status].label;
  return {
    status: `status:${status}`,
    ruleFilter: `rule:${rule.shortName}`,
    ruleMeta: `rule:${rule.name}`,
  };
}

/** The filter options the search page offers, in a fixed order. */
export function searchFilters(rules: Rule[]) {
  return {
    status: Object.values(STATUS_LABELS).map((status) => status.label),
    rule: rules.map((rule) => rule.shortName),
  };
}
