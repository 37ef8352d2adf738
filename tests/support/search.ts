import type { Page } from 'playwright-core';

export interface GoodsHit {
  title: string;
  href: string;
  status: string;
  rule: string;
  /** Whose rule it is and which way the goods go, as the page says it. */
  direction: string;
  /** What the page says of why the category was given ("Matched: pushchairs, goods of HS 8715…"). */
  matched: string;
  /** The reader's own words that named it, as the page gives them (its data-words). */
  words: string;
  /** The headings or codes the page shows behind the category. */
  codes: string[];
}

export interface SearchAnswer {
  goods: GoodsHit[];
  /** The ids of whole rules the words named. */
  rules: string[];
  /** The headings (or chapters) of the commodity codes the page says it read. */
  codesRead: string[];
  guidance: Array<{ title: string; href: string }>;
  /** Whether the never-allowed message is shown. */
  nothingFound: boolean;
  /** The warning that rules were found only for the other way, where it is shown. */
  noneThisWay: string | null;
  status: string;
}

/** Waits until the search page has finished answering `query` (its status says so). */
export async function searchDone(page: Page, query?: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById('search-status');
      return (
        status?.dataset.state === 'done' && (q === undefined || new URL(location.href).searchParams.get('q') === q)
      );
    },
    query === undefined ? undefined : query.trim(),
  );
}

/** Reads what the search page shows, as a reader would see it, once it has answered `query`. */
export async function readAnswer(page: Page, query?: string): Promise<SearchAnswer> {
  await searchDone(page, query);
  return {
    goods: await page.$$eval('#goods-results > li', (items) =>
      items.map((item) => ({
        title: item.querySelector('h3 a')?.textContent ?? '',
        href: item.querySelector('h3 a')?.getAttribute('href') ?? '',
        status: item.querySelector('.govuk-tag')?.textContent ?? '',
        rule: item.querySelector('.app-search-result__rule')?.textContent ?? '',
        direction: item.querySelector('.app-search-result__direction')?.textContent ?? '',
        matched: item.querySelector('.app-search-result__matched')?.textContent ?? '',
        words: item.querySelector<HTMLElement>('.app-search-result__matched')?.dataset.words ?? '',
        codes: [...item.querySelectorAll('.app-search-result__matched a')].map((link) =>
          (/\/(?:chapters|headings|commodities)\/(\d{2})(\d{2})?/.exec(link.getAttribute('href') ?? '') ?? [])
            .slice(1)
            .join(''),
        ),
      })),
    ),
    // The heading of each code read: the address of its first link, its page in the UK Trade Tariff.
    codesRead: await page.$$eval('#code-answers [data-code]', (boxes) =>
      boxes.map((box) =>
        (
          /\/(?:chapters|headings|commodities)\/(\d{2})(\d{2})?/.exec(
            box.querySelector('a')?.getAttribute('href') ?? '',
          ) ?? []
        )
          .slice(1)
          .join(''),
      ),
    ),
    rules: await page.$$eval('#rule-answers [data-rule]', (boxes) =>
      boxes.map((box) => (box as HTMLElement).dataset.rule ?? ''),
    ),
    guidance: await page.$$eval('#search-results > li h3 a', (links) =>
      links.map((link) => ({ title: link.textContent ?? '', href: link.getAttribute('href') ?? '' })),
    ),
    nothingFound: await page.locator('#nothing-found').isVisible(),
    noneThisWay: (await page.locator('#none-this-way').isVisible())
      ? ((await page.locator('#none-this-way').textContent()) ?? '').replace(/\s+/g, ' ').trim()
      : null,
    status: (await page.locator('#search-status').textContent()) ?? '',
  };
}

/** Opens the search page for a query, as a link to it would, and reads the answer shown. */
export async function searchFor(page: Page, origin: string, query: string, filters = ''): Promise<SearchAnswer> {
  await page.goto(`${origin}/search.html?q=${encodeURIComponent(query)}${filters}`);
  return readAnswer(page, query || undefined);
}

/** The goods category id of a result's address (/goods/caviar.html → caviar). */
export const goodsId = (href: string) => /\/goods\/([a-z0-9-]+)\.html$/.exec(href)?.[1] ?? href;
