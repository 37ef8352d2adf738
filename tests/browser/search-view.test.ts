// The search page as a reader sees it: what is shown and hidden, where the controls sit, and what
// the guidance excerpts begin with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { searchFor } from '../support/search.ts';

const site = browserAndSite();

test('“Show more guidance results” is hidden when every result is shown: with one result and with none', async () => {
  const { page, close } = await openPage(site.browser);
  const more = page.getByRole('button', { name: 'Show more guidance results' });
  const one = await searchFor(page, site.origin, 'caviar');
  assert.ok(one.guidance.length >= 1 && one.guidance.length <= 10, `${one.guidance.length} guidance results`);
  assert.equal(await more.isVisible(), false, 'all guidance results shown');
  const none = await searchFor(page, site.origin, 'qqxxzzyy');
  assert.equal(none.guidance.length, 0);
  assert.equal(await more.isVisible(), false, 'no guidance results');
  await close();
});

test('the Search button sits beside the box, on a phone and on a desktop', async () => {
  for (const width of [390, 1280]) {
    const { page, close } = await openPage(site.browser, { viewport: { width, height: 900 } });
    await page.goto(`${site.origin}/search.html`);
    const box = (await page.getByLabel('What goods do you want to check?').boundingBox())!;
    const button = (await page.getByRole('button', { name: 'Search', exact: true }).boundingBox())!;
    assert.ok(button.x >= box.x + box.width, `${width}px: the button is to the right of the box`);
    assert.ok(Math.abs(button.y + button.height - (box.y + box.height)) <= 4, `${width}px: on the same line`);
    await close();
  }
});

test('guidance excerpts start with the page’s own words, not a “Goods category” caption', async () => {
  const { page, close } = await openPage(site.browser);
  for (const query of ['caviar', 'goods']) {
    await searchFor(page, site.origin, query);
    const excerpts = await page.locator('.app-search-result__excerpt').allTextContents();
    assert.ok(excerpts.length > 0, query);
    for (const excerpt of excerpts) assert.doesNotMatch(excerpt, /^\s*Goods category/, query);
  }
  await close();
});

test('a linked search’s answer does not shift what is already on screen, on a phone and on a desktop', async () => {
  for (const width of [390, 1280]) {
    const { page, close } = await openPage(site.browser, { viewport: { width, height: 844 } });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await searchFor(page, site.origin, 'caviar');
    await page.waitForTimeout(300);
    const total = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
    );
    // Lighthouse's "good" cumulative layout shift is under 0.1.
    assert.ok(total < 0.05, `${width}px: layout shift ${total.toFixed(3)}`);
    await close();
  }
});
