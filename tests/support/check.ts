import type { Page } from 'playwright-core';

/** One row of the list checker's results table, as a reader sees it. */
export interface CheckedRow {
  line: string;
  text: string;
  /** The first category's name and address; empty when no category was found. */
  category: string;
  href: string;
  status: string;
  rule: string;
  /** The other likely categories' addresses. */
  others: string[];
  /** The whole category cell: for a line with no category, the never-allowed wording. */
  categoryCell: string;
  /** The headings of the commodity codes read in the line. */
  codesRead: string[];
}

export const LIST_LABEL = 'Your goods, one item per line';

/** Waits until the list checker has finished (its status says so). */
export async function checkDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('check-status')?.dataset.state === 'done');
}

export async function readRows(page: Page): Promise<CheckedRow[]> {
  await checkDone(page);
  return page.$$eval('#check-rows > tr', (rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')];
      const first = cells[3]?.querySelector('a[href^="/goods/"]');
      return {
        line: cells[0]?.textContent ?? '',
        text: cells[1]?.querySelector('.app-check-table__text')?.textContent ?? '',
        category: first?.textContent ?? '',
        href: first?.getAttribute('href') ?? '',
        status: cells[2]?.textContent ?? '',
        rule: cells[4]?.textContent ?? '',
        others: [...(cells[5]?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href') ?? ''),
        categoryCell: cells[3]?.textContent ?? '',
        // The heading of each code read: the address of its first link, its page in the UK Trade Tariff.
        codesRead: [...(cells[1]?.querySelectorAll('.app-check-table__code') ?? [])].map((code) =>
          (
            /\/(?:chapters|headings|commodities)\/(\d{2})(\d{2})?/.exec(
              code.querySelector('a')?.getAttribute('href') ?? '',
            ) ?? []
          )
            .slice(1)
            .join(''),
        ),
      };
    }),
  );
}

/** Pastes lines into the list checker (opening it if `origin` is given), presses Check goods and reads the table. */
export async function checkList(page: Page, lines: string[], origin?: string): Promise<CheckedRow[]> {
  if (origin) await page.goto(`${origin}/check.html`);
  await page.getByLabel(LIST_LABEL).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Check goods' }).click();
  return readRows(page);
}
