// The address the site is published at: every built address uses SITE_URL, and a production build
// refuses to publish the placeholder domain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../support/build.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/site/url.ts';

const outDir = () => join(mkdtempSync(join(tmpdir(), 'site-url-')), 'dist');

test('a production build without SITE_URL stops before building and says what to set', async () => {
  const out = outDir();
  const { status, output } = await runBuild({ SITE_OUT_DIR: out, SITE_URL: '', SITE_ENV: 'production' });
  assert.notEqual(status, 0);
  assert.match(output, /SITE_URL must be set for a production build/);
  assert.equal(existsSync(out), false, 'nothing written');
});

test('a build with SITE_URL uses it in every address and never the placeholder', async () => {
  const out = outDir();
  const { status, output } = await runBuild({
    SITE_OUT_DIR: out,
    SITE_URL: 'https://trade.example.org',
    SITE_ENV: 'production',
  });
  assert.equal(status, 0, output.slice(-2000));
  assert.doesNotMatch(output, /SITE_URL is not set/);
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  assert.match(read('index.html'), /<link rel="canonical" href="https:\/\/trade\.example\.org\/"/);
  assert.match(read('sitemap.xml'), /<loc>https:\/\/trade\.example\.org\/goods\/caviar\.html<\/loc>/);
  assert.match(read('goods.json'), /"url": "https:\/\/trade\.example\.org\/goods\/caviar\.html"/);
  assert.match(read('goods.csv'), /https:\/\/trade\.example\.org\/goods\/caviar\.html/);
  assert.match(read('goods.schema.json'), /"\$id": "https:\/\/trade\.example\.org\/goods\.schema\.json"/);
  const css = readdirSync(join(out, '_astro')).filter((file) => file.endsWith('.css'));
  assert.ok(
    css.some((file) => read(`_astro/${file}`).includes('https://trade.example.org')),
    'print CSS',
  );
  const placeholder = new URL(PLACEHOLDER_SITE_URL).host;
  const withPlaceholder = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.(html|xml|txt|json|csv|css|js)$/.test(file) && read(file).includes(placeholder),
  );
  assert.deepEqual(withPlaceholder, []);
});
