// The list checker as a new user uses it, in Debian's Chromium against the built site: a pasted
// invoice, a chosen file, the CSV download, a reload, mistakes, and proof that the list never
// leaves the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Request } from 'playwright-core';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { checkList, LIST_LABEL, readRows } from '../support/check.ts';
import { downloadCheckCsv as downloadCsv } from '../support/check-csv.ts';
import { readQueries } from '../support/queries.ts';
import { goodsId } from '../support/search.ts';

const site = browserAndSite();
const invoice = readQueries('invoice-lines.tsv');
/** Forty lines of a real-looking invoice: no-category lines among them, and a laptop, which several rules cover. */
const laptopLine = invoice.find((line) => line.query.startsWith('Lenovo ThinkPad'));
assert.ok(laptopLine, 'invoice-lines.tsv has a Lenovo ThinkPad line, which several rules cover');
const forty = [...invoice.slice(0, 33), laptopLine, ...invoice.filter((line) => line.right.includes('-')).slice(0, 6)];

/** Everything a request carries that could hold a reader's words: address, body and headers. */
async function requestText(request: Request): Promise<string> {
  return [request.url(), request.postData() ?? '', ...Object.values(await request.allHeaders())]
    .join('\n')
    .toLowerCase();
}

/** Words of a line that nothing else on the site would send: six letters or more. */
const distinctive = (line: string) => line.toLowerCase().match(/\p{L}{6,}/gu) ?? [];

test('forty pasted invoice lines: a table in one go, a CSV download, kept after a reload, and nothing sent anywhere', async () => {
  const { page, errors, close } = await openPage(site.browser);
  const sent: Promise<string>[] = [];
  page.on('request', (request) => sent.push(requestText(request)));
  await page.goto(`${site.origin}/check.html`);
  assert.ok(await page.getByText('Your list is checked in your browser; it is never sent anywhere').isVisible());

  const lines = forty.map((line) => line.query);
  const rows = await checkList(page, lines);
  assert.equal(rows.length, 40);
  assert.deepEqual(
    rows.map((row) => row.text),
    lines,
  );
  assert.deepEqual(
    rows.map((row) => Number(row.line)),
    lines.map((_, index) => index + 1),
  );
  // Focus moves to the results, whose summary counts the lines by status.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-results-heading');
  assert.equal(await page.locator('#check-summary-text').textContent(), '40 lines checked.');
  const summary = (await page.getByRole('status').textContent()) ?? '';
  assert.match(summary, /^40 lines checked: \d+ banned, .*\d+ not matched\.$/);
  const counts = await page.locator('#check-summary .govuk-summary-list__row').allTextContents();
  assert.ok(
    counts.some((row) => /Not matched\s*\d+ lines?/.test(row)),
    counts.join(),
  );
  const counted = [...summary.matchAll(/(\d+) (banned|restricted|prohibited|needs? a licence|not matched)/g)];
  assert.equal(
    counted.reduce((sum, match) => sum + Number(match[1]), 0),
    40,
  );

  // Each line's first category is a right one, with its status and rule; a line with none says so.
  const wrong = rows.filter((row, index) =>
    row.href ? !forty[index]!.right.includes(goodsId(row.href)) : !forty[index]!.right.includes('-'),
  );
  assert.ok(wrong.length <= 4, `not right: ${wrong.map((row) => `${row.text} → ${row.category}`).join('; ')}`);
  const cognac = rows[0]!;
  assert.deepEqual([goodsId(cognac.href), cognac.status], ['wines-and-spirits', 'Banned']);
  assert.match(cognac.rule, /luxury goods/i);
  const none = rows.find((row) => row.text === 'Ballpoint pens, blue, box of 50')!;
  assert.equal(none.href, '');
  assert.equal(none.status, 'Not matched');
  assert.match(none.categoryCell, /No category found — this does not mean it may be sent/);
  const row = page.locator('#check-rows > tr', { hasText: 'Ballpoint pens' });
  assert.ok(await row.getByRole('link', { name: 'Ask the export control helpline' }).isVisible());
  assert.ok(await page.locator('#check-not-matched .govuk-warning-text').isVisible());
  // Goods under several rules list the others.
  const laptop = rows.find((item) => item.text === laptopLine.query);
  assert.ok(laptop && laptop.others.length > 0, JSON.stringify(laptop));

  // The download: the same rows, a header, a byte order mark for Excel (the record of the check
  // that follows the table is tested in check-record.test.ts).
  const csv = await downloadCsv(page);
  assert.match(csv.name, /^goods-check-results-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  assert.ok(csv.text.startsWith('\uFEFFLine,Goods as given,Code read,Category,Status,Direction,Rule'));
  const { table } = csv;
  assert.equal(table.length, 41);
  assert.deepEqual(
    table.slice(1).map((cells) => [cells[0], cells[1], cells[3], cells[4]]),
    // The page adds the way to a status under a rule on importing; the CSV has a column for it.
    rows.map((item) => [
      item.line,
      item.text,
      item.category || 'No category found',
      item.status.replace(/ on import from North Korea$/, ''),
    ]),
  );
  assert.deepEqual(
    table
      .slice(1)
      .filter((cells, index) => rows[index]!.status.endsWith(' on import from North Korea'))
      .map((cells) => cells[5]),
    rows
      .filter((item) => item.status.endsWith(' on import from North Korea'))
      .map(() => 'UK rule on importing from North Korea'),
  );
  assert.match(
    table.find((cells) => cells[1] === none.text)?.[10] ?? '',
    /does not mean the goods may be sent.*020 7215 4594/,
  );

  // A reload keeps the list (in this tab only) and checks it again.
  await page.reload();
  assert.deepEqual(await readRows(page), rows);
  assert.equal(await page.getByLabel(LIST_LABEL).inputValue(), lines.join('\n'));

  // No request, of any kind, carried a line or its words.
  const requests = await Promise.all(sent);
  assert.ok(
    requests.some((text) => text.includes('/goods-index.json')),
    'the goods index was loaded',
  );
  const words = [...new Set(lines.flatMap(distinctive))];
  assert.ok(words.length > 60, `${words.length} words`);
  const leaked = words.filter((word) => requests.some((text) => text.includes(word)));
  assert.deepEqual(leaked, []);
  assert.deepEqual(errors, []);
  await close();
});

test('on a phone, every line’s status is in view before the table is scrolled sideways', async () => {
  // One line for each outcome, so every tag's width is tried.
  const lines = [
    '24 x Hennessy VS Cognac 70cl',
    'crude oil',
    'cocaine',
    'plastic packaging',
    'Ballpoint pens, box of 50',
  ];
  for (const width of [320, 390]) {
    const { page, close } = await openPage(site.browser, { viewport: { width, height: 800 } });
    const rows = await checkList(page, lines, site.origin);
    assert.deepEqual(rows.map((row) => row.status).sort(), [
      'Banned',
      'Licence required',
      'Not matched',
      'Prohibited',
      'Restricted',
    ]);
    const box = (await page
      .locator('#check-rows')
      .locator('xpath=ancestor::*[contains(@class, "app-table-scroll")]')
      .boundingBox())!;
    for (const tag of await page.locator('#check-rows .govuk-tag').all()) {
      const shown = (await tag.boundingBox())!;
      const cell = (await tag.locator('xpath=ancestor::td').boundingBox())!;
      const right = shown.x + shown.width;
      const name = `${width} px: “${await tag.textContent()}”`;
      assert.ok(
        shown.x >= box.x && right <= box.x + box.width,
        `${name} ends at ${right}, the table's box at ${box.x + box.width}`,
      );
      assert.ok(right <= cell.x + cell.width, `${name} ends at ${right}, its cell at ${cell.x + cell.width}`);
    }
    await close();
  }
});

test('cells a spreadsheet would run as formulas are defused in the download', async () => {
  const { page, close } = await openPage(site.browser);
  const lines = ['=HYPERLINK("https://example.com","Rolex")', '+44 cognac', '-2 x whisky', '@SUM(A1) piano'];
  await checkList(page, lines, site.origin);
  const { table } = await downloadCsv(page);
  assert.deepEqual(
    table.slice(1).map((cells) => cells[1]),
    lines.map((line) => `'${line}`),
  );
  await close();
});

test('a CSV packing list: its description column is picked, put in the box and checked', async () => {
  const { page, close } = await openPage(site.browser);
  await page.goto(`${site.origin}/check.html`);
  const csv =
    'Item no,Description,Qty\nA1,"Beluga caviar, 125g tin",4\nA2,Bechstein upright piano,1\nA3,Ballpoint pens,50\n';
  await page.getByLabel('Or choose a CSV or text file').setInputFiles({
    name: 'packing-list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const column = page.getByLabel('Column with the goods descriptions');
  await page.waitForFunction(() => document.getElementById('check-status')?.dataset.state === 'loaded');
  assert.ok(await column.isVisible());
  assert.equal(await column.locator('option:checked').textContent(), 'Description');
  const box = page.getByLabel(LIST_LABEL);
  assert.equal(await box.inputValue(), 'Beluga caviar, 125g tin\nBechstein upright piano\nBallpoint pens');
  assert.match((await page.getByRole('status').textContent()) ?? '', /3 lines from the ‘Description’ column/);
  await column.selectOption({ label: 'Item no' });
  await page.waitForFunction(() =>
    (document.getElementById('check-lines') as HTMLTextAreaElement).value.startsWith('A1'),
  );
  await column.selectOption({ label: 'Description' });
  await page.waitForFunction(() =>
    (document.getElementById('check-lines') as HTMLTextAreaElement).value.startsWith('Beluga'),
  );
  await page.getByRole('button', { name: 'Check goods' }).click();
  const rows = await readRows(page);
  assert.deepEqual(
    rows.map((row) => goodsId(row.href) || 'none'),
    ['caviar', 'musical-instruments', 'none'],
  );
  await close();
});

test('mistakes get GOV.UK error messages: an empty list, a file of the wrong kind', async () => {
  const { page, close } = await openPage(site.browser);
  await page.goto(`${site.origin}/check.html`);
  await page.getByRole('button', { name: 'Check goods' }).click();
  const summary = page.locator('.govuk-error-summary');
  assert.ok(await summary.isVisible());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-errors');
  assert.match(await page.title(), /^Error: /);
  assert.match(
    (await page.locator('#check-lines-error').textContent()) ?? '',
    /Error: Enter your goods, one item per line/,
  );
  assert.equal(
    await page.getByLabel(LIST_LABEL).getAttribute('aria-describedby'),
    'check-lines-hint check-lines-error',
  );
  await summary.getByRole('link').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-lines');

  await page.getByLabel('Or choose a CSV or text file').setInputFiles({
    name: 'invoice.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK'),
  });
  await page.locator('#check-file-error:not([hidden])').waitFor();
  assert.match(
    (await page.locator('#check-file-error').textContent()) ?? '',
    /must be a CSV file \(\.csv\) or a text file/,
  );
  assert.equal(await page.locator('#check-lines-error').isVisible(), false);
  assert.equal(await page.locator('#check-results').isVisible(), false);
  await close();
});

test('more than 1,000 lines: the first 1,000 are checked and the reader is told about the rest', async () => {
  const { page, close } = await openPage(site.browser);
  const lines = Array.from({ length: 1003 }, (_, index) => `${index + 1} x Rolex Submariner`);
  const rows = await checkList(page, lines, site.origin);
  assert.equal(rows.length, 1000);
  assert.equal(rows.at(-1)?.line, '1000');
  const warning = page.locator('#check-left');
  assert.ok(await warning.isVisible());
  assert.match(
    (await warning.textContent()) ?? '',
    /Only the first 1,000 lines were checked\. Check the other 3 lines/,
  );
  await close();
});

test('“Clear the list” empties the box, the results and what the tab kept', async () => {
  const { page, close } = await openPage(site.browser);
  await checkList(page, ['Rolex', 'piano'], site.origin);
  await page.getByRole('button', { name: 'Clear the list' }).click();
  assert.equal(await page.getByLabel(LIST_LABEL).inputValue(), '');
  assert.equal(await page.locator('#check-results').isVisible(), false);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await page.reload();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('#check-results').isVisible(), false);
  assert.equal(await page.getByLabel(LIST_LABEL).inputValue(), '');
  await close();
});

test('without JavaScript the page says the list cannot be checked and leads to the A to Z and search', async () => {
  const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(`${site.origin}/check.html`);
  assert.ok(await page.getByText('Checking a list needs JavaScript').isVisible());
  assert.equal(await page.getByLabel(LIST_LABEL).isVisible(), false);
  assert.ok(await page.locator('#check-no-script').getByRole('link', { name: 'search' }).isVisible());
  await page.locator('#check-no-script').getByRole('link', { name: 'goods A to Z' }).click();
  await page.waitForURL(`${site.origin}/goods.html`);
  await close();
});

test('the results print without the form, buttons or page furniture, and with the whole table', async () => {
  const { page, close } = await openPage(site.browser);
  await checkList(page, ['Rolex Submariner', 'Ballpoint pens'], site.origin);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['#check-form', '#check-download', '#check-status', '.app-header-search'])
    assert.equal(await page.locator(selector).isVisible(), false, selector);
  assert.ok(await page.locator('#check-rows').isVisible());
  assert.equal(
    await page.locator('#check-results .app-table-scroll').evaluate((node) => getComputedStyle(node).overflowX),
    'visible',
  );
  await close();
});

test('the list checker is linked from the home page, the search page, goods pages and the footer', async () => {
  const { page, close } = await openPage(site.browser);
  for (const path of ['/index.html', '/search.html', '/goods/caviar.html']) {
    await page.goto(site.origin + path);
    assert.ok(await page.locator('main a[href="/check.html"]').first().isVisible(), path);
    assert.ok(await page.locator('footer a[href="/check.html"]').isVisible(), `${path} footer`);
  }
  await page.goto(`${site.origin}/index.html`);
  await page.locator('main a[href="/check.html"]').first().click();
  await page.waitForURL(`${site.origin}/check.html`);
  await close();
});
