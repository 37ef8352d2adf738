// The list checker works in Chromium under the production Content-Security-Policy served by
// nginx (connect-src 'self': the page could not send a list elsewhere even if it tried), with the
// CSV file read, the table shown and the download made in the browser, and no CSP violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndNginx } from '../support/browser-and-nginx.ts';
import { cspViolations } from '../support/csp.ts';
import { LIST_LABEL, readRows } from '../support/check.ts';
import { goodsId } from '../support/search.ts';

const nginx = browserAndNginx();

test('a CSV file is read, checked and the results downloaded under the CSP, with no CSP errors', async () => {
  const { page, errors, close } = await openPage(nginx.browser);
  const violations = await cspViolations(page);
  const response = await page.goto(`${nginx.origin}/check.html`);
  assert.match(response?.headers()['content-security-policy'] ?? '', /connect-src 'self'/);
  await page.getByLabel('Or choose a CSV or text file').setInputFiles({
    name: 'invoice.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Description,Qty\n24 x Hennessy VS Cognac 70cl,24\nBechstein upright piano,1\n'),
  });
  await page.waitForFunction(() => document.getElementById('check-status')?.dataset.state === 'loaded');
  assert.equal(await page.getByLabel(LIST_LABEL).inputValue(), '24 x Hennessy VS Cognac 70cl\nBechstein upright piano');
  await page.getByRole('button', { name: 'Check goods' }).click();
  const rows = await readRows(page);
  assert.deepEqual(
    rows.map((row) => goodsId(row.href)),
    ['wines-and-spirits', 'musical-instruments'],
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (CSV)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^goods-check-results-[\d-]+\.csv$/);
  assert.equal(await download.failure(), null);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await close();
});
