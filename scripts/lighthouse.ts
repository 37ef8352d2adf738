// `npm run lighthouse`: Lighthouse (mobile emulation) in Debian's Chromium against the built site,
// served by nginx with the production configuration. Prints the four category scores per page.
// Build first (npm run build). Results are recorded in docs/quality.md.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx } from '../tests/support/nginx.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser.ts';
import { requireTools } from './require-tools.ts';

const PAGES = [
  '/',
  '/guidance/exporting-luxury-goods-north-korea.html',
  '/topic/business-and-self-employed/exporting-and-doing-business-abroad.html',
  '/search.html?q=caviar',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

requireTools();
const nginx = await startNginx();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  console.log(`${'page'.padEnd(78)} ${CATEGORIES.map((c) => c.padStart(14)).join(' ')}`);
  for (const path of PAGES) {
    const result = await lighthouse(nginx.origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const scores = CATEGORIES.map((category) =>
      String(Math.round((result?.lhr.categories[category]?.score ?? 0) * 100)).padStart(14),
    );
    console.log(`${path.padEnd(78)} ${scores.join(' ')}`);
  }
} finally {
  chrome.kill();
  nginx.stop();
}
