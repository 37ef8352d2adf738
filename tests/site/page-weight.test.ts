// Page weight on an empty cache, in bytes (deterministic): everything a page loads in Chromium,
// each file gzipped as the server sends it. Budgets: 50 kB per page in all, 14 kB of HTML (one
// round trip), 8 kB of the site's own JavaScript, in one file (the pages work without it; a script
// that pulls in a library meant for the build, such as zod, shows here first). No other host, no
// render-blocking script. Pagefind's files, loaded only once a search starts, are reported
// separately for the first search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { htmlPages, page as parsedPage } from '../support/dist.ts';
import { transferBytes } from '../../dev/transfer.ts';
import { searchDone } from '../support/search.ts';

const PAGE_BUDGET = 50 * 1024;
const HTML_BUDGET = 14 * 1024;
const SCRIPT_BUDGET = 8 * 1024;
/**
 * The goods lookup (the matcher's code and the goods index, with the words of the HS headings),
 * loaded when someone first searches; a chapter's labels load apart, for an answer with its codes.
 * 60 kB answered goods going to North Korea; the rules on goods coming from it add the chapters
 * their bans name (fish, fruit, vegetables, seeds, stone, wood, ores, textiles), so 70 kB.
 */
const GOODS_MATCHER_BUDGET = 70 * 1024;
/**
 * What a first search or check loads besides the page: the goods lookup (the goods index and the
 * lookup's code: the matcher and what explains its answers), and beside it the code of the record
 * of an answer, which is not part of the lookup and is counted apart.
 */
const isLookup = (url: string) => url === '/goods-index.json' || /^\/_astro\/lookup\.[\w-]+\.js$/.test(url);
const isRecordCode = (url: string) => /^\/_astro\/answer-record\.[\w-]+\.js$/.test(url);
/** The record of an answer's code, loaded with the lookup. */
const RECORD_CODE_BUDGET = 2 * 1024;
/** The index and the lookup's code are each one file, whatever else loads beside them. */
function assertOneIndexAndOneLookup(urls: string[]): void {
  assert.equal(urls.filter((url) => url === '/goods-index.json').length, 1, urls.join(', '));
  assert.equal(urls.filter((url) => /^\/_astro\/lookup\./.test(url)).length, 1, urls.join(', '));
}
const site = browserAndSite();

test('every page fits its byte budget, loads nothing from elsewhere and has no render-blocking script', async () => {
  const rows: Array<{ path: string; html: number; total: number; requests: number }> = [];
  const problems: string[] = [];
  for (const path of htmlPages()) {
    const { page, close } = await openPage(site.browser);
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    await page.goto(site.origin + path);
    await page.waitForLoadState('networkidle');
    await close();
    const own = loaded.filter((url) => url.startsWith(site.origin)).map((url) => new URL(url).pathname);
    const foreign = loaded.filter((url) => !url.startsWith(site.origin) && !url.startsWith('data:'));
    if (foreign.length > 0) problems.push(`${path} requests other hosts: ${foreign.join(', ')}`);
    const counted = [...new Set(own)].filter((url) => !url.startsWith('/pagefind/'));
    const html = transferBytes(path);
    const total = counted.reduce((sum, url) => sum + (url === path ? 0 : transferBytes(url)), html);
    rows.push({ path, html, total, requests: counted.length });
    if (html > HTML_BUDGET) problems.push(`${path}: HTML ${html} bytes gzipped > ${HTML_BUDGET}`);
    if (total > PAGE_BUDGET) problems.push(`${path}: ${total} bytes in all > ${PAGE_BUDGET}`);
    // One script file per page, whatever components it has: each extra file is a request that
    // delays the page on a slow connection (Lighthouse's simulated LCP counts them).
    const scriptFiles = counted.filter((url) => url.endsWith('.js'));
    if (scriptFiles.length !== 1)
      problems.push(`${path}: ${scriptFiles.length} script files, not one: ${scriptFiles.join(', ')}`);
    const scripts = scriptFiles.reduce((sum, url) => sum + transferBytes(url), 0);
    if (scripts > SCRIPT_BUDGET) problems.push(`${path}: ${scripts} bytes of JavaScript gzipped > ${SCRIPT_BUDGET}`);
    const blocking = parsedPage(path)
      .querySelectorAll('script')
      .filter(
        (script) =>
          script.getAttribute('type') !== 'module' &&
          !script.hasAttribute('defer') &&
          !script.hasAttribute('async') &&
          script.getAttribute('type') !== 'application/ld+json',
      );
    if (blocking.length > 0) problems.push(`${path}: ${blocking.length} render-blocking script(s)`);
  }
  console.log(
    `page weight (gzipped bytes, empty cache)\n${'page'.padEnd(62)} ${'html'.padStart(6)} ${'total'.padStart(6)} requests`,
  );
  for (const row of rows)
    console.log(
      `${row.path.padEnd(62)} ${String(row.html).padStart(6)} ${String(row.total).padStart(6)} ${row.requests}`,
    );
  assert.deepEqual(problems, []);
});

test('the first search’s transfer is reported; the goods matcher and Pagefind load only when searching', async () => {
  const { page, close } = await openPage(site.browser);
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}/search.html`);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(
    loaded.filter((url) => url.startsWith('/pagefind/') || isLookup(url) || isRecordCode(url)),
    [],
    'no search file before a search',
  );
  await page.getByLabel('What goods do you want to check?').fill('caviar');
  await page.keyboard.press('Enter');
  await searchDone(page, 'caviar');
  await page.waitForLoadState('networkidle');
  const sum = (urls: string[]) => urls.reduce((total, url) => total + transferBytes(url), 0);
  const matcher = [...new Set(loaded.filter(isLookup))];
  const record = [...new Set(loaded.filter(isRecordCode))];
  const pagefind = [...new Set(loaded.filter((url) => url.startsWith('/pagefind/')))];
  console.log(
    `first search for "caviar": goods lookup ${matcher.length} requests, ${sum(matcher)} bytes; the record's code ${record.length} requests, ${sum(record)} bytes; Pagefind ${pagefind.length} requests, ${sum(pagefind)} bytes`,
  );
  assertOneIndexAndOneLookup(matcher);
  assert.ok(sum(record) <= RECORD_CODE_BUDGET, `the record's code ${sum(record)} bytes > ${RECORD_CODE_BUDGET}`);
  assert.ok(sum(matcher) <= GOODS_MATCHER_BUDGET, `goods matcher ${sum(matcher)} bytes > ${GOODS_MATCHER_BUDGET}`);
  assert.ok(pagefind.length > 0 && sum(pagefind) > 0);
  await close();
});

test('a first search for a code loads the goods lookup and its chapter’s labels, within the same budget', async () => {
  const { page, close } = await openPage(site.browser);
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}/search.html?q=8703.23`);
  await searchDone(page, '8703.23');
  await page.waitForLoadState('networkidle');
  const lookup = [...new Set(loaded.filter(isLookup))];
  const labels = [...new Set(loaded.filter((url) => url.startsWith('/hs-labels/')))];
  const sum = (urls: string[]) => urls.reduce((total, url) => total + transferBytes(url), 0);
  console.log(
    `first search for "8703.23": goods lookup ${sum(lookup)} bytes, labels ${labels.join(', ')} ${sum(labels)} bytes`,
  );
  assert.deepEqual(labels, ['/hs-labels/87.json'], 'the labels of the chapter shown, and no others');
  assert.ok(sum([...lookup, ...labels]) <= GOODS_MATCHER_BUDGET, `${sum([...lookup, ...labels])} bytes`);
  await close();
});

test('the list checker loads the goods matcher only to check, and Papa Parse only for a file or a download', async () => {
  const { page, close } = await openPage(site.browser);
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}/check.html`);
  await page.waitForLoadState('networkidle');
  const isPapa = (url: string) => /^\/_astro\/papaparse\.[\w.-]+\.js$/.test(url);
  assert.deepEqual(
    loaded.filter((url) => isLookup(url) || isRecordCode(url) || isPapa(url)),
    [],
    'nothing for checking before a check',
  );
  await page.getByLabel('Your goods, one item per line').fill('24 x Hennessy VS Cognac 70cl\nRolex Submariner');
  await page.getByRole('button', { name: 'Check goods' }).click();
  await page.waitForFunction(() => document.getElementById('check-status')?.dataset.state === 'done');
  await page.waitForLoadState('networkidle');
  assertOneIndexAndOneLookup([...new Set(loaded.filter(isLookup))]);
  assert.deepEqual(loaded.filter(isPapa), [], 'no CSV library for pasted lines');
  const beforeDownload = loaded.length;
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (CSV)' }).click(),
  ]);
  const forDownload = [...new Set(loaded.slice(beforeDownload))];
  assert.equal(forDownload.filter(isPapa).length, 1, 'Papa Parse loads for the download');
  const sum = (urls: string[]) => urls.reduce((total, url) => total + transferBytes(url), 0);
  console.log(
    `list check: goods lookup ${sum([...new Set(loaded.filter(isLookup))])} bytes; the CSV download ${sum(forDownload)} bytes more`,
  );
  await close();
});
