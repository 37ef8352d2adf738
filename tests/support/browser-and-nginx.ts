import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../dev/browser.ts';
import { startNginx } from '../../dev/nginx.ts';

/**
 * For a test file that drives Chromium against the built site as nginx serves it, with the
 * production headers: starts both before its tests and stops both after them.
 */
export function browserAndNginx(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  before(async () => {
    [browser, nginx] = await Promise.all([launchBrowser(), startNginx()]);
  });
  after(async () => {
    await browser?.close();
    nginx?.stop();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in before()');
      return browser;
    },
    get origin() {
      if (!nginx) throw new Error('nginx starts in before()');
      return nginx.origin;
    },
  };
}
