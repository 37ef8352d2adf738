/** A search as the address holds it: /search.html?q=caviar&status=Banned&rule=… */
export interface SearchQuery {
  q: string;
  status: string[];
  rule: string[];
}

export function readQuery(params: URLSearchParams): SearchQuery {
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    status: params.getAll('status'),
    rule: params.getAll('rule'),
  };
}

export function queryString({ q, status, rule }: SearchQuery): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  status.forEach((value) => params.append('status', value));
  rule.forEach((value) => params.append('rule', value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind filters: within one filter any ticked value matches; across filters all must. */
export function pagefindFilters({ status, rule }: SearchQuery): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (status.length > 0) filters.status = { any: status };
  if (rule.length > 0) filters.rule = { any: rule };
  return filters;
}

/** "3 results for ‘caviar’", for the page and for screen readers. */
export function resultsSummary(count: number, { q, status, rule }: SearchQuery): string {
  const filtered = status.length + rule.length > 0 ? ', with the filters you chose' : '';
  return `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'} for ‘${q}’${filtered}`;
}
