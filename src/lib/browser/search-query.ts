// The search page's query and what it says about the results. Runs in the browser.
import type { GoodsEntry } from './goods-matcher/matcher.ts';
import { STATUS_LABELS } from './status.ts';

/** A search as the address holds it: /search.html?q=caviar&status=Banned&rule=…&way=from-north-korea */
export interface SearchQuery {
  q: string;
  status: string[];
  rule: string[];
  /** Which way the goods go: rules for goods going to North Korea, coming from it, or both. */
  way: string[];
}

export function readQuery(params: URLSearchParams): SearchQuery {
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    status: params.getAll('status'),
    rule: params.getAll('rule'),
    way: params.getAll('way'),
  };
}

export function queryString({ q, status, rule, way }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  status.forEach((value) => params.append('status', value));
  rule.forEach((value) => params.append('rule', value));
  way.forEach((value) => params.append('way', value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const hasFilters = ({ status, rule, way }: SearchQuery) => status.length + rule.length + way.length > 0;

/**
 * Whether a category passes the ticked filters: within one filter any ticked value will do
 * (status is Banned or Restricted); across filters all must (that status, and that rule).
 */
export function passesFilters(entry: GoodsEntry, { status, rule, way }: SearchQuery): boolean {
  const label = STATUS_LABELS[entry.status as keyof typeof STATUS_LABELS]?.label ?? entry.status;
  return (
    (status.length === 0 || status.includes(label)) &&
    (rule.length === 0 || rule.includes(entry.rule)) &&
    (way.length === 0 || way.includes(entry.way))
  );
}

const count = (n: number, one: string, many: string) => `${n === 0 ? 'No' : n} ${n === 1 ? one : many}`;

/** "2 goods categories and 1 guidance page for ‘laptop’", for the page and for screen readers. */
export function resultsSummary(goods: number, guidance: number | undefined, query: SearchQuery): string {
  const filtered = hasFilters(query) ? ', with the filters you chose' : '';
  const words = query.q ? ` for ‘${query.q}’` : '';
  const pages =
    guidance === undefined ? '' : ` and ${count(guidance, 'guidance page', 'guidance pages').toLowerCase()}`;
  return `${count(goods, 'goods category', 'goods categories')}${pages}${words}${filtered}`;
}
