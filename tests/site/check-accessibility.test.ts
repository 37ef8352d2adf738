// WCAG 2.2 AA on the list checker in the states only JavaScript makes: results shown (with lines
// not matched and other likely categories), an error shown, and at 320 CSS pixels; and the form,
// results and download reached and used by keyboard alone. (The page as built, without results,
// is in the axe run over every page.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { checkList, LIST_LABEL, readRows } from '../support/check.ts';

const site = browserAndSite();
const LINES = ['24 x Hennessy VS Cognac 70cl', 'Apple iPhone 15 Pro 256GB x 10', 'Ballpoint pens, box of 50'];

test('axe-core finds no violations on the list checker with results, with an error, and at 320 pixels', async () => {
  const { page, close } = await openPage(site.browser);
  const rows = await checkList(page, LINES, site.origin);
  assert.ok(rows.some((row) => row.others.length > 0) && rows.some((row) => row.status === 'Not matched'));
  assert.equal(describeViolations(await axeViolations(page)), '');
  await page.getByRole('button', { name: 'Clear the list' }).click();
  await page.getByRole('button', { name: 'Check goods' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  assert.equal(describeViolations(await axeViolations(page)), '');
  await close();

  const narrow = await openPage(site.browser, { viewport: { width: 320, height: 640 } });
  await checkList(narrow.page, LINES, site.origin);
  assert.equal(describeViolations(await axeViolations(narrow.page)), '');
  // The table scrolls in its own box; the page itself never scrolls sideways.
  assert.ok((await narrow.page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
  await narrow.close();

  // Without JavaScript: the page's own scripts are refused (axe itself still runs).
  const noScript = await openPage(site.browser);
  await noScript.page.route('**/*.js', (route) => route.abort());
  await noScript.page.goto(`${site.origin}/check.html`);
  assert.ok(await noScript.page.getByText('Checking a list needs JavaScript').isVisible());
  assert.equal(describeViolations(await axeViolations(noScript.page)), '');
  await noScript.close();
});

/** Presses Tab until `selector` has focus, returning every element focused on the way. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((wanted) => {
      const el = document.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el) : undefined;
      const visible =
        !!style &&
        ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none' ||
          style.backgroundColor === 'rgb(255, 221, 0)');
      return { label: el?.id || el?.textContent?.trim() || el?.tagName || '', visible, done: !!el?.matches(wanted) };
    }, selector);
    assert.ok(focused.visible, `focus is visible on ${focused.label}`);
    seen.push(focused.label);
    if (focused.done) return seen;
  }
  throw new Error(`${selector} not reached by Tab: ${seen.join(', ')}`);
}

test('keyboard: a list is typed, checked, its results reached and downloaded without a mouse', async () => {
  const { page, close } = await openPage(site.browser);
  await page.goto(`${site.origin}/check.html`);
  await tabTo(page, '#check-lines');
  await page.keyboard.type(LINES.join('\n'));
  await tabTo(page, '#check-file');
  const toButton = await tabTo(page, 'button[type="submit"]');
  assert.equal(toButton.length, 1, 'the Check goods button comes straight after the file input');
  await page.keyboard.press('Enter');
  const rows = await readRows(page);
  assert.equal(rows.length, 3);
  // Focus is on the results heading, from where the download is a few Tabs on.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-results-heading');
  await tabTo(page, '#check-download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^goods-check-results-[\d-]+\.csv$/);
  // Then the print button, the table's scrolling box and the links in it.
  await tabTo(page, '.app-table-scroll');
  await tabTo(page, '#check-rows a');
  assert.equal(await page.getByLabel(LIST_LABEL).inputValue(), LINES.join('\n'));
  await close();
});
