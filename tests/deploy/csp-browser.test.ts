// Search works in Chromium under the production Content-Security-Policy served by nginx, and the
// browser reports no CSP violation on any kind of page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndNginx } from '../support/browser-and-nginx.ts';
import { cspViolations } from '../support/csp.ts';
import { goodsId, searchFor } from '../support/search.ts';

const nginx = browserAndNginx();

test('search returns results under the CSP, with no CSP errors in the console', async () => {
  const { page, errors, close } = await openPage(nginx.browser);
  const violations = await cspViolations(page);
  // The goods matcher (its code and index) and Pagefind (WebAssembly, a worker) under the CSP.
  const answer = await searchFor(page, nginx.origin, 'caviar');
  assert.equal(goodsId(answer.goods[0]?.href ?? ''), 'caviar');
  assert.ok(answer.guidance.length > 0, 'Pagefind found the guidance');
  for (const path of [
    '/',
    '/guidance/exporting-luxury-goods-north-korea.html',
    '/goods.html',
    '/goods/caviar.html',
    '/contact.html',
  ]) {
    await page.goto(nginx.origin + path);
    await page.waitForLoadState('networkidle');
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(
    errors.filter((error) => /Content Security Policy|Refused to/i.test(error)),
    [],
  );
  assert.deepEqual(errors, []);
  await close();
});
