// `npm run bench:check`: how fast the list checker answers a long list, and what it costs to send.
// Uses the last build (dist/, from `npm run build`); builds nothing. Opens /check.html in Chromium,
// pastes 1,000 invoice lines made from the goods records (each alias with quantities, sizes, model
// numbers, brands and filler words around it, and lines no rule covers; the same lines every run),
// presses "Check goods" and times it until the table is on screen. Prints the median of 5 runs
// from a cold page (the matcher and the goods index still to load) and of 5 more on a warm one,
// and the bytes transferred after the page load (gzipped, as the server sends them).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadRecords } from '../../src/lib/content/records.ts';
import { invoiceLines } from './invoice-lines.ts';
import { MAX_LINES } from '../../src/lib/browser/list-check/lines.ts';
import { launchBrowser, openPage } from '../../dev/browser.ts';
import { serveDist } from '../../dev/server.ts';
import { transferBytes } from '../../dev/transfer.ts';
import { DIST } from '../../dev/paths.ts';

const RUNS = 5;
const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(DIST, 'check.html'))) {
  console.error('No dist/check.html: build the site first (npm run build).');
  process.exit(1);
}

/** Presses Check goods and returns the milliseconds until the results are painted. */
async function timeCheck(page: Page): Promise<number> {
  await page.evaluate(() => {
    document
      .getElementById('check-form')!
      .addEventListener('submit', () => ((window as unknown as { started: number }).started = performance.now()), {
        capture: true,
        once: true,
      });
    document.getElementById('check-status')!.dataset.state = 'waiting';
  });
  await page.getByRole('button', { name: 'Check goods' }).click();
  await page.waitForFunction(() => document.getElementById('check-status')?.dataset.state === 'done', undefined, {
    polling: 'raf',
  });
  return page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => done(performance.now() - (window as unknown as { started: number }).started)),
      ),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const lines = invoiceLines(MAX_LINES, loadRecords(join(root, 'content')).goods);
const server = await serveDist();
const browser = await launchBrowser();
const cold: number[] = [];
const warm: number[] = [];
let afterLoad: string[] = [];
let rows = 0;
let notMatched = 0;
for (let run = 0; run < RUNS; run++) {
  const { page, close } = await openPage(browser);
  const loaded: string[] = [];
  await page.goto(`${server.origin}/check.html`);
  await page.waitForLoadState('networkidle');
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.getByLabel('Your goods, one item per line').fill(lines.join('\n'));
  cold.push(await timeCheck(page));
  afterLoad = [...new Set(loaded)];
  rows = await page.locator('#check-rows > tr').count();
  notMatched = await page.locator('#check-rows .govuk-tag--grey').count();
  warm.push(await timeCheck(page));
  await close();
}
await browser.close();
await server.close();

const bytes = afterLoad.reduce((sum, path) => sum + transferBytes(path), 0);
console.log(`lines checked: ${rows} (${notMatched} not matched)`);
console.log(`time to results on screen, cold page, median of ${RUNS} (ms): ${median(cold).toFixed(0)}`);
console.log(`  each run (ms): ${cold.map((ms) => ms.toFixed(0)).join(', ')}`);
console.log(`time to results on screen, warm page, median of ${RUNS} (ms): ${median(warm).toFixed(0)}`);
console.log(`  each run (ms): ${warm.map((ms) => ms.toFixed(0)).join(', ')}`);
console.log(`bytes transferred after the page load (gzipped): ${bytes} (${afterLoad.join(', ')})`);
