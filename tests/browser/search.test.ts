// Searching as a new user would, in Debian's Chromium against the built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { searchResults } from '../support/search.ts';

const site = browserAndSite();

test('typing “caviar” in the header box and pressing Enter shows the caviar category first, with its status', async () => {
  const { page, errors, close } = await openPage(site.browser);
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto(`${site.origin}/guidance/exporting-luxury-goods-north-korea.html`);
  assert.deepEqual(pagefindRequests, [], 'Pagefind is not loaded on pages that do not search');
  await page.getByLabel('Search for goods or guidance').fill('caviar');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.origin}/search.html?q=caviar`);
  const status = page.getByRole('status');
  await status.filter({ hasText: 'result' }).waitFor();
  assert.match((await status.textContent()) ?? '', /^\d+ results? for ‘caviar’$/);
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  const first = page.locator('#search-results > li').first();
  assert.equal(await first.getByRole('link').textContent(), 'Caviar and caviar substitutes');
  assert.equal(await first.locator('.govuk-tag').textContent(), 'Banned');
  assert.match((await first.textContent()) ?? '', /UK ban on exporting luxury goods to North Korea/);
  assert.equal(await page.getByLabel('What do you want to send to North Korea?').inputValue(), 'caviar');
  assert.deepEqual(errors, []);
  await close();
});

test('a status filter narrows the results and is kept in the address', async () => {
  const { page, close } = await openPage(site.browser);
  const all = await searchResults(page, site.origin, 'computers');
  assert.ok(
    new Set(all.map((hit) => hit.status)).size > 1,
    `several statuses before filtering: ${JSON.stringify(all)}`,
  );
  await page.getByRole('group', { name: 'Status' }).getByLabel('Licence required').check();
  await page.waitForURL(/status=Licence\+required/);
  await page.waitForFunction(() =>
    /with the filters you chose/.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  const statuses = await page.$$eval('#search-results .govuk-tag', (tags) => tags.map((tag) => tag.textContent));
  assert.ok(statuses.length > 0);
  assert.ok(
    statuses.every((status) => status === 'Licence required'),
    JSON.stringify(statuses),
  );
  // The filtered search is a link: opening the address again gives the same results.
  const again = await searchResults(page, site.origin, 'computers', '&status=Licence+required');
  assert.deepEqual(
    again.map((hit) => hit.status),
    statuses,
  );
  await close();
});

test('opening a result lands on the category’s page, which links to its place in the guidance', async () => {
  const { page, close } = await openPage(site.browser);
  await searchResults(page, site.origin, 'ivory');
  await page.locator('#search-results > li').first().getByRole('link').click();
  await page.waitForURL(`${site.origin}/goods/endangered-species-and-wildlife-products.html`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Endangered Species and Wildlife Products');
  await page.getByRole('link', { name: 'North Korea Import Restrictions' }).first().click();
  await page.waitForURL(/#goods-endangered-species-and-wildlife-products$/);
  const anchored = page.locator('#goods-endangered-species-and-wildlife-products');
  assert.equal(await anchored.textContent(), 'Endangered Species and Wildlife Products');
  assert.ok(await anchored.isVisible());
  await close();
});

test('the back button returns to the previous search', async () => {
  const { page, close } = await openPage(site.browser);
  await searchResults(page, site.origin, 'watch');
  const input = page.getByLabel('What do you want to send to North Korea?');
  await input.fill('piano');
  await input.press('Enter');
  await page.waitForURL(/q=piano/);
  await page.waitForFunction(() => /‘piano’/.test(document.getElementById('search-status')?.textContent ?? ''));
  await page.goBack();
  await page.waitForFunction(() => /‘watch’/.test(document.getElementById('search-status')?.textContent ?? ''));
  assert.equal(await input.inputValue(), 'watch');
  await close();
});

test('without JavaScript the search page says so and leads to the goods A to Z', async () => {
  const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(`${site.origin}/guidance/exporting-luxury-goods-north-korea.html`);
  await page.getByLabel('Search for goods or guidance').fill('caviar');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.origin}/search.html?q=caviar`);
  assert.ok(await page.getByText('Search needs JavaScript').isVisible());
  await page.getByRole('link', { name: 'goods A to Z' }).first().click();
  await page.waitForURL(`${site.origin}/goods.html`);
  const row = page.locator('tbody tr', { hasText: 'caviar and caviar substitutes' });
  assert.ok(await row.isVisible());
  assert.equal(await row.locator('.govuk-tag').textContent(), 'Banned');
  await close();
});

test('a query with markup is shown as text and nothing runs', async () => {
  const { page, errors, close } = await openPage(site.browser);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const query = '<img src=x onerror=alert(1)>';
  await page.goto(`${site.origin}/search.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  // The query is echoed as text (whatever it matched), never parsed as markup.
  assert.ok((await page.getByRole('status').textContent())?.endsWith(`for ‘${query}’`));
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.getByLabel('What do you want to send to North Korea?').inputValue(), query);
  assert.ok((await page.title()).startsWith(query));
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await close();
});

test('ten results at first; “Show more results” adds the next ten and moves focus to them', async () => {
  const { page, close } = await openPage(site.browser);
  const first = await searchResults(page, site.origin, 'goods');
  const total = Number(/^(\d+) results/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
  assert.ok(total > 10, `${total} results for "goods"`);
  assert.equal(first.length, 10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
  assert.equal(await page.locator('#search-results > li').count(), Math.min(20, total));
  assert.equal(
    await page.evaluate(
      () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10],
    ),
    true,
  );
  assert.equal(await page.getByRole('button', { name: 'Show more results' }).isVisible(), total > 20);
  await close();
});
