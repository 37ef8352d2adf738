// WCAG 2.2 AA in a real browser: axe-core on every built page (and on the search page with
// results and filters showing), keyboard focus, and reflow at 320 CSS pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { htmlPages } from '../support/dist.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { searchFor } from '../support/search.ts';
import { loadRecords } from '../../src/lib/content/records.ts';
import { STATUSES } from '../../src/schemas/records.ts';
import { CONTENT } from '../../dev/paths.ts';

const site = browserAndSite();

const pages = htmlPages();

test('axe-core finds no WCAG 2.2 AA or best-practice violations on any page', async () => {
  const { page, close } = await openPage(site.browser);
  const failures: string[] = [];
  for (const path of pages) {
    await page.goto(site.origin + path);
    const violations = await axeViolations(page);
    if (violations.length > 0) failures.push(`${path}\n${describeViolations(violations)}`);
  }
  await close();
  assert.ok(pages.length > 40, `${pages.length} pages checked`);
  assert.deepEqual(failures, []);
});

test('axe-core finds no violations on the search page with results, filters ticked and without JavaScript', async () => {
  const { page, close } = await openPage(site.browser);
  await searchFor(page, site.origin, 'watch', '&status=Banned');
  assert.deepEqual(describeViolations(await axeViolations(page)), '');
  await close();
  // Without JavaScript: the page's own scripts are refused (axe itself still runs).
  const noScript = await openPage(site.browser);
  await noScript.page.route('**/*.js', (route) => route.abort());
  await noScript.page.goto(`${site.origin}/search.html?q=caviar`);
  assert.match((await noScript.page.getByRole('status').textContent()) ?? '', /Search needs JavaScript/);
  assert.deepEqual(describeViolations(await axeViolations(noScript.page)), '');
  await noScript.close();
});

/** Tabs through the page and returns, for each focused element, whether its focus is visible. */
async function tabThrough(page: import('playwright-core').Page, limit: number) {
  const seen: Array<{ label: string; visible: boolean }> = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const focused = getComputedStyle(el);
      const outline = focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) > 0;
      const shadow = focused.boxShadow !== 'none';
      const highlighted = focused.backgroundColor === 'rgb(255, 221, 0)';
      return {
        label: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.getAttribute('name') ?? el.id}`,
        visible: outline || shadow || highlighted,
      };
    });
    if (!state) break;
    seen.push(state);
  }
  return seen;
}

test('keyboard: every link and control on a guidance page is reachable and visibly focused', async () => {
  const { page, close } = await openPage(site.browser);
  await page.goto(`${site.origin}/guidance/exporting-luxury-goods-north-korea.html`);
  const focusable = await page.$$eval(
    'a[href], input, button',
    // Hidden until needed (the out-of-date banner's link) is not reachable, and should not be.
    (elements) => elements.filter((el) => !(el as HTMLInputElement).disabled && el.checkVisibility()).length,
  );
  const seen = await tabThrough(page, focusable + 5);
  assert.equal(seen.length, focusable, 'each link and control is reached once, in order');
  assert.deepEqual(
    seen.filter((item) => !item.visible),
    [],
    'focus is visible on each',
  );
  assert.ok(
    seen.some((item) => item.label.startsWith('input q')),
    'the header search box is reachable',
  );
  await close();
});

test('keyboard: the search box and every filter on the search page are reachable and visibly focused', async () => {
  const { page, close } = await openPage(site.browser);
  await searchFor(page, site.origin, 'caviar');
  // The filters are collapsed: a keyboard user opens them from their summary, then tabs through.
  const before = await tabThrough(page, 80);
  assert.equal(before.filter((item) => /^input (status|rule)$/.test(item.label)).length, 0, 'collapsed filters');
  await page.locator('#search-filters summary').focus();
  await page.keyboard.press('Enter');
  const seen = await tabThrough(page, 80);
  const filters = seen.filter((item) => /^input (status|rule)$/.test(item.label));
  assert.equal(filters.length, STATUSES.length + loadRecords(CONTENT).rules.length, 'every status and rule filter');
  await page.locator('#search-query').focus();
  assert.ok((await tabThrough(page, 3)).length > 0);
  assert.ok(before.some((item) => item.label === 'input q'));
  assert.deepEqual(
    seen.filter((item) => !item.visible),
    [],
  );
  await close();
});

test('reflow: no page scrolls sideways at 320 CSS pixels, nor with text at 200%', async () => {
  const narrow = await openPage(site.browser, { viewport: { width: 320, height: 640 } });
  const overflowing: string[] = [];
  for (const path of pages) {
    await narrow.page.goto(site.origin + path);
    const width = await narrow.page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflowing.push(`${path}: ${width}px wide`);
    // 200% text: the root font size doubled, at the width of a 1280px window zoomed to 200%.
  }
  await narrow.close();
  const zoomed = await openPage(site.browser, { viewport: { width: 640, height: 800 } });
  for (const path of ['/', '/guidance/exporting-luxury-goods-north-korea.html', '/goods.html', '/search.html']) {
    await zoomed.page.goto(site.origin + path);
    await zoomed.page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const width = await zoomed.page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 640) overflowing.push(`${path} at 200% text: ${width}px wide`);
  }
  await zoomed.close();
  assert.deepEqual(overflowing, []);
});
