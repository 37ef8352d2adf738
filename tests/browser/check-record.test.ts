// The record a compliance officer files with a check: when the list was checked (the reader's
// date, time and time zone), against which content version, the newest change to a rule or
// category used, the address and the never-allowed notice; on screen, on paper and in the CSV,
// which still opens as a table. A printed search answer carries the same record, made as it prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage } from '../../dev/browser.ts';
import { CONTENT } from '../../dev/paths.ts';
import { hashContent } from '../../src/lib/content/content-version.ts';
import { loadRecords } from '../../src/lib/content/records.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { checkList } from '../support/check.ts';
import { downloadCheckCsv } from '../support/check-csv.ts';
import { recordedChanges } from '../support/content-changes.ts';
import { goodsId, searchDone } from '../support/search.ts';

const site = browserAndSite();
const records = loadRecords(CONTENT);
const day = (date: Date) => date.toISOString().slice(0, 10);
const inWords = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
/** The content version worked out here from content/, not read from the built site. */
const version = {
  id: hashContent(CONTENT),
  date: recordedChanges()
    .map((change) => change.date)
    .sort()
    .at(-1)!,
};
const lines = [
  '24 x Hennessy VS Cognac 70cl',
  'Lenovo ThinkPad X1 Carbon laptop',
  'crude oil, 1,000 barrels',
  'Beluga caviar 125g tin',
  'Ballpoint pens, blue, box of 50',
];

/** The newest change to the categories a page links to in its results, and to their rules. */
function newestChange(hrefs: string[]): string {
  const ids = new Set(hrefs.map(goodsId));
  const goods = records.goods.filter((item) => ids.has(item.id));
  const rules = records.rules.filter((rule) => goods.some((item) => item.rule === rule.id));
  return [...goods, ...rules]
    .map((item) => day(item.updated))
    .sort()
    .at(-1)!;
}

/** The record's rows as a reader sees them: label → value, each visible. */
async function recordOnScreen(page: Page, id: string): Promise<Map<string, string>> {
  const rows = page.locator(`#${id} .govuk-summary-list__row`);
  const shown = new Map<string, string>();
  for (const row of await rows.all()) {
    assert.ok(await row.isVisible(), (await row.textContent()) ?? '');
    shown.set((await row.locator('dt').textContent())!.trim(), (await row.locator('dd').textContent())!.trim());
  }
  return shown;
}

test('a checked list’s record on screen and in its CSV: when, against which content, where, and every line', async () => {
  // A reader in India: the time is theirs, with its offset from UTC. (Chromium's time zone data
  // still names the zone by its older name, Asia/Calcutta.)
  const { page, errors, close } = await openPage(site.browser, { timezoneId: 'Asia/Kolkata' });
  const before = Date.now();
  const rows = await checkList(page, lines, site.origin);
  const after = Date.now();
  assert.equal(rows.length, lines.length);

  const record = page.locator('#check-record');
  assert.ok(await record.getByRole('heading', { name: 'Record of this check' }).isVisible());
  const shown = await recordOnScreen(page, 'check-record');
  assert.deepEqual(
    [...shown.keys()],
    ['Checked', 'Content version', 'Rules and categories used last changed', 'Address'],
  );
  const checked = /^(\d{1,2} \w+ \d{4}) at (\d{1,2}):(\d{2})(am|pm) \(Asia\/(?:Kolkata|Calcutta), UTC\+05:30\)$/.exec(
    shown.get('Checked')!,
  );
  assert.ok(checked, shown.get('Checked'));
  assert.equal(shown.get('Content version'), `${version.id}, last changed ${inWords(version.date)}`);
  const used = rows.flatMap((row) => [row.href, ...row.others]).filter(Boolean);
  assert.equal(shown.get('Rules and categories used last changed'), inWords(newestChange(used)));
  assert.equal(shown.get('Address'), `${site.origin}/check.html`);
  const notice = (await record.locator('p').filter({ hasText: 'Notice:' }).textContent()) ?? '';
  assert.match(notice, /Finding no goods category does not mean the goods may be sent to North Korea/);
  assert.match(notice, /020 7215 4594/);
  assert.ok(await record.locator('p').filter({ hasText: 'Notice:' }).isVisible());

  // The CSV: the table first, header and every line, as a strict parser reads it; the record after.
  const csv = await downloadCheckCsv(page);
  assert.deepEqual(csv.table[0]?.slice(0, 2), ['Line', 'Goods as given']);
  assert.deepEqual(
    csv.table.slice(1).map((row) => row[1]),
    lines,
  );
  const [heading, ...fields] = csv.record;
  assert.equal(heading?.[0], 'Record of this check');
  const value = new Map(fields.map((row) => [row[0], row[1]]));
  assert.deepEqual([...value.keys()], [...shown.keys(), 'Notice']);
  const iso = /^(\S+) \(Asia\/(?:Kolkata|Calcutta)\)$/.exec(value.get('Checked') ?? '')?.[1] ?? '';
  assert.match(iso, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:30$/);
  const at = Date.parse(iso);
  assert.ok(at >= before - 1000 && at <= after + 1000, `${iso} is not between the click and the answer`);
  // The same moment in words on screen, read on the reader's clock.
  const local = new Date(at + 330 * 60_000);
  assert.equal(checked[1], inWords(local.toISOString().slice(0, 10)));
  assert.equal(Number(checked[3]), local.getUTCMinutes());
  assert.equal(value.get('Content version'), `${version.id} (last changed ${version.date})`);
  assert.equal(value.get('Rules and categories used last changed'), newestChange(used));
  assert.equal(value.get('Address'), `${site.origin}/check.html`);
  assert.equal(value.get('Notice'), notice.replace(/^Notice:\s*/, '').trim());
  assert.equal(csv.name, `goods-check-results-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.csv`);
  assert.deepEqual(errors, []);
  await close();
});

test('on paper, the record of the check is printed with the results', async () => {
  const { page, close } = await openPage(site.browser);
  await checkList(page, lines, site.origin);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#check-form').isVisible(), false);
  const shown = await recordOnScreen(page, 'check-record');
  assert.equal(shown.get('Address'), `${site.origin}/check.html`);
  assert.ok(await page.locator('#check-record').getByText('Notice:').isVisible());
  // Printed before the table, so that the first page says when and against what.
  const recordBox = (await page.locator('#check-record').boundingBox())!;
  const tableBox = (await page.locator('#check-rows').boundingBox())!;
  assert.ok(recordBox.y + recordBox.height <= tableBox.y);
  await close();
});

test('a list that names no category says so in its record', async () => {
  const { page, close } = await openPage(site.browser);
  await checkList(page, ['Ballpoint pens, blue, box of 50', 'A4 paper, 80gsm'], site.origin);
  const shown = await recordOnScreen(page, 'check-record');
  assert.equal(shown.get('Rules and categories used last changed'), 'None: no goods category was found');
  const csv = await downloadCheckCsv(page);
  assert.equal(
    csv.record.find((row) => row[0] === 'Rules and categories used last changed')?.[1],
    'None: no goods category was found',
  );
  await close();
});

test('a search answer prints with the same record, which stays off the screen', async () => {
  const { page, close } = await openPage(site.browser, { timezoneId: 'America/New_York' });
  await page.goto(`${site.origin}/search.html?q=rolex`);
  await searchDone(page, 'rolex');
  const record = page.locator('#search-record');
  assert.equal(await record.isVisible(), false, 'not on screen');
  assert.ok(await page.getByRole('button', { name: 'Print this page' }).isVisible());
  // Made only for printing: it is written out as the page is shown as printed.
  assert.equal(await record.locator('.govuk-summary-list__row').count(), 0, 'not made before printing');
  await page.emulateMedia({ media: 'print' });
  await record.getByRole('heading', { name: 'Record of this search' }).waitFor({ state: 'visible' });
  const shown = await recordOnScreen(page, 'search-record');
  assert.match(shown.get('Checked') ?? '', /\(America\/New_York, UTC-0[45]:00\)$/);
  assert.equal(shown.get('Content version'), `${version.id}, last changed ${inWords(version.date)}`);
  const hrefs = await page
    .locator('#goods-results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  assert.equal(shown.get('Rules and categories used last changed'), inWords(newestChange(hrefs)));
  assert.equal(shown.get('Address'), `${site.origin}/search.html?q=rolex`);
  assert.ok(await record.getByText('Notice:').isVisible());
  await close();
});
