// `npm run bench -- --pages N`: builds N generated guidance pages with the project's real pipeline
// (same config, schemas, checks, layouts and Pagefind) and, side by side, with a bare Astro page
// (unified() + remark-gfm, no layout): the floor of this design. Prints one figure per line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { page as corpusPage, wordsIn, writeCorpus } from '../dev/corpus.ts';
import { writeBareProject } from './bench/bare-project.ts';
import { folderBytes, measure, type Run } from './bench/measure.ts';
import { launchBrowser, openPage } from '../dev/browser.ts';
import { serveDist } from '../dev/server.ts';
import { transferBytes } from '../dev/transfer.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '200' }, keep: { type: 'boolean', default: false } },
});
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 1)
  throw new Error('--pages takes a whole number of pages, such as --pages 2000');

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const content = join(work, 'content');
writeCorpus(content, join(root, 'content'), pages);

const print = (label: string, value: string | number) => console.log(`${label}: ${value}`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const failed = (name: string, run: Run) => {
  console.error(`${name} build failed:\n${run.output.slice(-4000)}`);
  process.exit(1);
};

// The full pipeline: `npm run build` itself, pointed at the generated content.
const full = await measure(process.execPath, ['scripts/build.ts'], {
  cwd: root,
  env: { ...process.env, SITE_CONTENT_DIR: content, SITE_OUT_DIR: join(work, 'dist') },
});
if (full.status !== 0) failed('The full', full);

// The bare build of the same Markdown.
const bareRoot = join(work, 'bare');
writeBareProject(bareRoot, join(root, 'node_modules'), join(content, 'guidance'));
const bare = await measure(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: bareRoot,
  // Its output stays inside its own folder, where its node_modules link resolves.
  env: { ...process.env, SITE_OUT_DIR: join(bareRoot, 'dist'), SITE_CACHE_DIR: join(bareRoot, 'cache') },
});
if (bare.status !== 0) failed('The bare', bare);

// A cold first search and a second one, in Chromium, counting what Pagefind fetches.
const server = await serveDist(join(work, 'dist'));
const browser = await launchBrowser();
const { page } = await openPage(browser);
const fetched: string[] = [];
page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
const pagefindBytes = () =>
  [...new Set(fetched.filter((path) => path.startsWith('/pagefind/')))].reduce(
    (sum, path) => sum + transferBytes(path, join(work, 'dist')),
    0,
  );
const searchFor = async (query: string) => {
  await page.getByLabel('What goods do you want to check?').fill(query);
  await page.keyboard.press('Enter');
  // The search page marks its status "done" once both goods and guidance answers are shown.
  await page.waitForFunction(
    (q) =>
      document.getElementById('search-status')?.dataset.state === 'done' &&
      new URL(location.href).searchParams.get('q') === q,
    query,
  );
  await page.waitForLoadState('networkidle');
};
await page.goto(`${server.origin}/search.html`);
await searchFor('caviar');
const firstSearch = pagefindBytes();
const topResult = await page.locator('#search-results > li h3').first().textContent();
await searchFor('whisky');
const secondSearch = pagefindBytes() - firstSearch;
await browser.close();
await server.close();

const words = Array.from({ length: Math.min(pages, 50) }, (_, index) => wordsIn(corpusPage(index)));
print('pages', pages);
print(
  'words of Markdown per page (mean of the first 50, before goods are added)',
  Math.round(words.reduce((a, b) => a + b, 0) / words.length),
);
print('wall seconds', full.seconds.toFixed(1));
print('pages per second', (pages / full.seconds).toFixed(1));
print('peak resident memory MB (all processes)', mb(full.peakBytes));
print(
  'peak resident memory MB by program',
  [...full.peakByProgram].map(([program, bytes]) => `${program} ${mb(bytes)}`).join(', '),
);
print('dist size MB', mb(folderBytes(join(work, 'dist'))));
print('pagefind index size MB', mb(folderBytes(join(work, 'dist', 'pagefind'))));
print('first search "caviar" transfer bytes (cold)', firstSearch);
print('first search top result', topResult ?? '(none)');
print('second search "whisky" transfer bytes', secondSearch);
// The search index is the one stage the bare build has no counterpart for; the build script
// times it, so the figures can also show the rest of the pipeline against the bare build.
const indexSeconds = Number(/Pagefind indexed \d+ pages in ([\d.]+) s/.exec(full.output)?.[1] ?? NaN);
print('of which search index seconds (Pagefind)', indexSeconds.toFixed(1));
print('bare wall seconds', bare.seconds.toFixed(1));
print('bare pages per second', (pages / bare.seconds).toFixed(1));
print('bare peak resident memory MB', mb(bare.peakBytes));
print('throughput ratio (full / bare)', (bare.seconds / full.seconds).toFixed(2));
print('memory ratio (full / bare)', (full.peakBytes / bare.peakBytes).toFixed(2));
print('throughput ratio without the search index', (bare.seconds / (full.seconds - indexSeconds)).toFixed(2));
print(
  'memory ratio of the Node processes alone, without Pagefind (full / bare)',
  ((full.peakByProgram.get('MainThread') ?? full.peakByProgram.get('node') ?? NaN) / bare.peakBytes).toFixed(2),
);

if (values.keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
