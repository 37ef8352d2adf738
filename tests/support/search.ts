import type { Page } from 'playwright-core';

export interface SearchHit {
  title: string;
  href: string;
  status: string;
}

/** Opens the search page for a query, as a link to it would, and reads the results shown. */
export async function searchResults(page: Page, origin: string, query: string, filters = ''): Promise<SearchHit[]> {
  await page.goto(`${origin}/search.html?q=${encodeURIComponent(query)}${filters}`);
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      title: item.querySelector('h2 a')?.textContent ?? '',
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      status: item.querySelector('.govuk-tag')?.textContent ?? '',
    })),
  );
}
