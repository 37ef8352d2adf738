import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../dev/browser.ts';
import { serveDist } from '../../dev/server.ts';

/**
 * For a test file that drives Chromium against the built site: starts both before its tests and
 * stops both after them. Read `browser` and `origin` inside the tests.
 */
export function browserAndSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  before(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in before()');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('the server starts in before()');
      return server.origin;
    },
  };
}
