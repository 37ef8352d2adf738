// Searching as a new user would, in Debian's Chromium against the built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { goodsId, readAnswer, searchFor } from '../support/search.ts';
import { loadRecords } from '../../src/lib/content/records.ts';
import { CONTENT } from '../../dev/paths.ts';

const site = browserAndSite();
const records = loadRecords(CONTENT);

test('typing “caviar” in the header box and pressing Enter shows the caviar category first, with its status', async () => {
  const { page, errors, close } = await openPage(site.browser);
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/pagefind\/|goods-index\.json/.test(request.url())) searchRequests.push(request.url());
  });
  await page.goto(`${site.origin}/guidance/exporting-luxury-goods-north-korea.html`);
  assert.deepEqual(searchRequests, [], 'nothing for search is loaded on pages that do not search');
  await page.getByLabel('Search for goods or guidance').fill('caviar');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.origin}/search.html?q=caviar`);
  const answer = await readAnswer(page, 'caviar');
  // Caviar is a luxury good going to North Korea and, coming from it, seafood: both, export first.
  assert.match(answer.status, /^2 goods categories and \d+ guidance pages? for ‘caviar’$/);
  assert.deepEqual(
    answer.goods.map((hit) => [goodsId(hit.href), hit.direction]),
    [
      ['caviar', 'UK rule on exporting to North Korea'],
      ['seafood-from-north-korea', 'UK rule on importing from North Korea'],
    ],
  );
  assert.equal(await page.getByRole('status').getAttribute('aria-live'), 'polite');
  const first = page.locator('#goods-results > li').first();
  assert.ok(await first.isVisible());
  assert.equal(goodsId((await first.getByRole('link').getAttribute('href')) ?? ''), 'caviar');
  assert.equal(await first.locator('.govuk-tag').textContent(), 'Banned');
  assert.match((await first.textContent()) ?? '', /UK ban on exporting luxury goods to North Korea/);
  assert.match((await first.textContent()) ?? '', /Matched: caviar/);
  assert.equal(await page.getByLabel('What goods do you want to check?').inputValue(), 'caviar');
  assert.equal(await page.locator('#nothing-found').isVisible(), false);
  assert.deepEqual(errors, []);
  await close();
});

test('goods under several rules show each rule: the UK’s export rules, North Korea’s import rules, then the UK’s import rules', async () => {
  const { page, close } = await openPage(site.browser);
  const { goods } = await searchFor(page, site.origin, 'laptop');
  const ids = goods.map((hit) => goodsId(hit.href));
  assert.ok(ids.includes('industrial-machinery'), ids.join());
  assert.ok(ids.includes('technological-equipment-and-computers'), ids.join());
  assert.ok(ids.includes('machinery-from-north-korea'), ids.join());
  const kinds = goods.map((hit) => hit.direction);
  const order = [
    'UK rule on exporting to North Korea',
    'North Korea’s own import rule',
    'UK rule on importing from North Korea',
  ];
  assert.ok(
    kinds.every((kind) => order.includes(kind)),
    kinds.join(),
  );
  assert.deepEqual(
    kinds,
    [...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    JSON.stringify(goods),
  );
  // Words that say the laptops come from North Korea put the import ban first.
  const imported = await searchFor(page, site.origin, 'laptop made in North Korea');
  assert.equal(goodsId(imported.goods[0]!.href), 'machinery-from-north-korea');
  await close();
});

test('“luxury goods” names the UK ban before North Korea’s own licence for luxury goods', async () => {
  const { page, close } = await openPage(site.browser);
  const answer = await searchFor(page, site.origin, 'luxury goods');
  assert.deepEqual(answer.rules, ['uk-luxury-export-ban']);
  assert.ok(
    await page
      .locator('#rule-answers')
      .getByRole('link', { name: /UK ban on exporting luxury goods/ })
      .isVisible(),
  );
  assert.equal(answer.goods[0]?.status, 'Banned');
  await close();
});

test('words that name no category get the never-allowed message, with the A to Z and the helpline', async () => {
  const { page, close } = await openPage(site.browser);
  const answer = await searchFor(page, site.origin, 'pens');
  assert.deepEqual(answer.goods, []);
  assert.ok(answer.nothingFound);
  const warning = page.locator('#nothing-found .govuk-warning-text');
  assert.ok(await warning.isVisible());
  assert.match(
    (await warning.textContent()) ?? '',
    /Finding no goods category does not mean your goods may be sent to North Korea/,
  );
  assert.ok(await page.locator('#nothing-found').getByRole('link', { name: 'goods A to Z' }).isVisible());
  assert.ok(
    await page
      .locator('#nothing-found')
      .getByRole('link', { name: /export control helpline/ })
      .isVisible(),
  );
  // The warning text component is styled as GOV.UK Frontend draws it: a bold line with its icon.
  assert.equal(
    await warning.locator('.govuk-warning-text__text').evaluate((node) => getComputedStyle(node).fontWeight),
    '700',
  );
  assert.ok(await warning.locator('.govuk-warning-text__icon').isVisible());
  await close();
});

test('a status filter narrows the goods and is kept in the address; with no words it lists all it selects', async () => {
  const { page, close } = await openPage(site.browser);
  const all = await searchFor(page, site.origin, 'computers');
  assert.ok(new Set(all.goods.map((hit) => hit.status)).size > 1, JSON.stringify(all.goods));
  await page.getByText('Filter goods by direction, status or rule').click();
  await page.getByRole('group', { name: 'Status' }).getByLabel('Licence required').check();
  await page.waitForURL(/status=Licence\+required/);
  const filtered = await readAnswer(page, 'computers');
  assert.match(filtered.status, /with the filters you chose/);
  assert.ok(filtered.goods.length > 0);
  assert.ok(filtered.goods.every((hit) => hit.status === 'Licence required'));

  // A filter alone, no words: every category it selects.
  const rules = new Map(records.rules.map((rule) => [rule.id, rule]));
  const banned = records.goods.filter((item) => rules.get(item.rule)?.status === 'banned');
  const listed = await searchFor(page, site.origin, '', '&status=Banned');
  assert.equal(listed.goods.length, banned.length);
  assert.ok(listed.goods.every((hit) => hit.status === 'Banned'));
  assert.ok(await page.getByRole('group', { name: 'Status' }).getByLabel('Banned').isVisible(), 'filters shown open');
  await close();
});

test('opening a result lands on the category’s page, which links to its place in the guidance', async () => {
  const { page, close } = await openPage(site.browser);
  await searchFor(page, site.origin, 'ivory');
  await page.locator('#goods-results > li').first().getByRole('link').click();
  await page.waitForURL(`${site.origin}/goods/endangered-species-and-wildlife-products.html`);
  assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /endangered species/i);
  await page.getByRole('link', { name: 'North Korea Import Restrictions' }).first().click();
  await page.waitForURL(/#goods-endangered-species-and-wildlife-products$/);
  const anchored = page.locator('#goods-endangered-species-and-wildlife-products');
  assert.ok(await anchored.isVisible());
  await close();
});

test('the back button returns to the previous search', async () => {
  const { page, close } = await openPage(site.browser);
  await searchFor(page, site.origin, 'watch');
  const input = page.getByLabel('What goods do you want to check?');
  await input.fill('piano');
  await input.press('Enter');
  await readAnswer(page, 'piano');
  await page.goBack();
  await readAnswer(page, 'watch');
  assert.equal(await input.inputValue(), 'watch');
  await close();
});

test('on a phone the answer is in view after a search, without scrolling', async () => {
  const { page, close } = await openPage(site.browser, { viewport: { width: 390, height: 844 } });
  for (const [query, selector] of [
    ['whisky', '#goods-results > li h3'],
    ['pens', '#nothing-found .govuk-warning-text'],
  ] as const) {
    await searchFor(page, site.origin, query);
    const box = await page.locator(selector).first().boundingBox();
    assert.ok(box && box.y + box.height <= 844, `${query}: ${JSON.stringify(box)}`);
    assert.ok(await page.locator(selector).first().isVisible());
  }
  await close();
});

test('without JavaScript the search page says so, says nothing found is not “allowed”, and leads to the A to Z', async () => {
  const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(`${site.origin}/guidance/exporting-luxury-goods-north-korea.html`);
  await page.getByLabel('Search for goods or guidance').fill('caviar');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.origin}/search.html?q=caviar`);
  assert.ok(await page.getByText('Search needs JavaScript').isVisible());
  assert.ok(await page.locator('#search-no-script .govuk-warning-text').isVisible());
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
  const answer = await searchFor(page, site.origin, query);
  // The query is echoed as text (whatever it matched), never parsed as markup.
  assert.ok(answer.status.includes(`for ‘${query}’`), answer.status);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.getByLabel('What goods do you want to check?').inputValue(), query);
  assert.ok((await page.title()).startsWith(query));
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await close();
});
