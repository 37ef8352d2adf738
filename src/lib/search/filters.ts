import type { Rule } from '../../schemas/records.ts';
import { STATUS_LABELS } from '../browser/status.ts';
import { WAYS } from '../../schemas/directions.ts';

/** The filter options the search page offers for goods, in a fixed order. */
export function searchFilters(rules: Rule[]) {
  return {
    status: Object.values(STATUS_LABELS).map((status) => status.label),
    rule: rules.map((rule) => rule.shortName),
    way: Object.entries(WAYS).map(([value, way]) => ({ value, label: way.label })),
  };
}
