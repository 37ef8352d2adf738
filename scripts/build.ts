// Builds the site into a staging folder and only then swaps it in for dist/, so that a failed or
// interrupted build never leaves a half-written dist/ that could be deployed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { placeholderWarning, siteUrl } from '../src/lib/site/url.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
const staging = `${target}.staging-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;

function fail(message: string, status = 1): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\n${message}\nThe build failed; ${existsSync(target) ? `${target} is unchanged` : 'nothing was written'}.`,
  );
  process.exit(status);
}

// The published address goes into every page: a production build without it stops here, before
// anything is built; any other build says loudly, before and after, that it is not for publishing.
let placeholder: boolean;
try {
  placeholder = siteUrl(process.env).placeholder;
} catch (error) {
  fail((error as Error).message);
}
if (placeholder) console.warn(`\n${placeholderWarning()}\n`);

// Astro caches rendered Markdown by each file's text. A page's output also depends on the records
// it lists (goods, contacts), so a cached render could be stale: every build gets a fresh cache.
// (A separate folder per build also lets two builds run side by side, as the tests do.)
const cache = mkdtempSync(join(tmpdir(), 'site-build-cache-'));

// Astro runs on this same Node (24, from the `node` dev dependency), whatever `node` the shell has.
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SITE_OUT_DIR: staging, SITE_CACHE_DIR: cache },
});
rmSync(cache, { recursive: true, force: true });
if (result.status !== 0 || !existsSync(resolve(staging, 'index.html')))
  fail('Astro did not finish the pages.', result.status || 1);

// The search index is built once Astro has exited and freed its memory.
try {
  const started = performance.now();
  const { pages } = await buildSearchIndex(staging);
  console.log(`Pagefind indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  fail((error as Error).message);
}

if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt ${target}`);
if (placeholder) console.warn(`\n${placeholderWarning()}`);
