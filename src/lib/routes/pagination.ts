/**
 * Long lists are split into pages so that no page grows with the site: a topic with 10,000
 * guidance pages was a 3.4 MB page listing all of them (and the home page 3.2 MB).
 */
export const GUIDANCE_PER_PAGE = 20;

/** How many list pages `total` items make (at least one, so that an empty list still has a page). */
export const pageCount = (total: number, perPage = GUIDANCE_PER_PAGE) => Math.max(1, Math.ceil(total / perPage));

/** The items on page `page` (counted from 1). */
export const pageItems = <T>(items: T[], page: number, perPage = GUIDANCE_PER_PAGE): T[] =>
  items.slice((page - 1) * perPage, page * perPage);

/** Page 1 of a list is the page's own address; page 2 of /topic/a.html is /topic/a/page-2.html. */
export const listPageUrl = (url: string, page: number) =>
  page === 1 ? url : url.replace(/\.html$/, `/page-${page}.html`);

/**
 * The page numbers a GOV.UK pagination shows: the first and last pages, the current page and the
 * pages either side of it, with `null` where an ellipsis stands for the pages left out.
 */
export function paginationNumbers(current: number, total: number): Array<number | null> {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  const numbers: Array<number | null> = [];
  shown.forEach((page, index) => {
    const previous = shown[index - 1];
    // A gap of exactly one page shows that page instead of an ellipsis standing for it.
    if (previous !== undefined && page - previous === 2) numbers.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) numbers.push(null);
    numbers.push(page);
  });
  return numbers;
}

/** How many pages each topic's guidance list takes (one for a topic with no guidance). */
export function topicListPages(site: { guidance: Array<{ data: { topic: string } }> }): (topicId: string) => number {
  const totals = new Map<string, number>();
  for (const page of site.guidance) totals.set(page.data.topic, (totals.get(page.data.topic) ?? 0) + 1);
  return (topicId) => pageCount(totals.get(topicId) ?? 0);
}

/** A thing with a dated history: a guidance page's is in its data, a record's in the record. */
type Dated = { history: unknown[] } | { data: { history: unknown[] } };

/** How many pages the list of every change (What's changed) takes. */
export function changesListPages(site: { guidance: Dated[]; rules: Dated[]; goods: Dated[] }): number {
  const count = (items: Dated[]) =>
    items.reduce((sum, item) => sum + ('data' in item ? item.data.history : item.history).length, 0);
  return pageCount(count(site.guidance) + count(site.rules) + count(site.goods));
}
