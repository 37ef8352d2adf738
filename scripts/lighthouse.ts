// `npm run lighthouse [-- --runs N] [--page /path …]`: Lighthouse (mobile emulation) in Debian's Chromium against the
// built site, served by nginx with the production configuration. Each page is measured N times
// (default 3): the lowest score of each category and the simulated largest contentful paint
// (median and highest) are printed, since one run on a busy machine can differ from the next.
// Build first (npm run build). Results are recorded in docs/quality.md.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx } from '../dev/nginx.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../dev/browser.ts';
import { requireTools } from './require-tools.ts';

// One page of each type: home, guidance (the longest too), topic, goods category, A to Z, search,
// list checker and contact. (Lighthouse does not score a page served with status 404.)
const PAGES = [
  '/',
  '/guidance/exporting-luxury-goods-north-korea.html',
  '/guidance/north-korea-import-restrictions.html',
  '/topic/business-and-self-employed/exporting-and-doing-business-abroad.html',
  '/goods/caviar.html',
  '/goods.html',
  '/search.html?q=caviar',
  '/check.html',
  '/contact.html',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, page: { type: 'string', multiple: true } },
});
const RUNS = Math.max(1, Number(values.runs));
// --page measures only the pages named (e.g. --page '/search.html?q=caviar'), to look into one.
const MEASURED = values.page ?? PAGES;

requireTools();
const nginx = await startNginx();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

/** One Lighthouse run; a run whose trace Lighthouse could not record (NO_NAVSTART) is run again. */
async function measure(path: string) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(nginx.origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const error = result?.lhr.runtimeError;
    if (!error) {
      return {
        scores: CATEGORIES.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100)),
        lcp: result?.lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: result?.lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      };
    }
    if (attempt === 3) throw new Error(`${path}: ${error.code} ${error.message}`);
    console.log(`${path}: ${error.code}, measuring again`);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
try {
  console.log(
    `${RUNS} run(s) per page: lowest score of each category; simulated LCP, median and highest\n` +
      `${'page'.padEnd(76)}${CATEGORIES.map((c) => c.padStart(15)).join('')}${'LCP median'.padStart(12)}${'highest'.padStart(9)}`,
  );
  for (const path of MEASURED) {
    const runs: Array<Awaited<ReturnType<typeof measure>>> = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(path));
    const lowest = CATEGORIES.map((_, index) => Math.min(...runs.map((run) => run.scores[index]!)));
    const lcps = runs.map((run) => run.lcp).sort((a, b) => a - b);
    console.log(
      `${path.padEnd(76)}${lowest.map((score) => String(score).padStart(15)).join('')}` +
        `${seconds(lcps[Math.floor((lcps.length - 1) / 2)]!).padStart(12)}${seconds(lcps.at(-1)!).padStart(9)}` +
        // Every run's LCP too: one slow run in many is what the highest figure hides or shows.
        (RUNS > 1 ? `  (${lcps.map(seconds).join(', ')})` : '') +
        // What else the performance score is made of, at its worst: blocking time and layout shift.
        `  TBT ${Math.max(...runs.map((run) => run.tbt)).toFixed(0)} ms, CLS ${Math.max(...runs.map((run) => run.cls)).toFixed(3)}`,
    );
  }
} finally {
  chrome.kill();
  nginx.stop();
}
