import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';

test('an output with no pages to index is an error, never a site without search', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-pages-'));
  await assert.rejects(buildSearchIndex(dir), /The search index could not be built:\nPagefind indexed no pages/);
  assert.equal(existsSync(join(dir, 'pagefind')), false);
});

test('pages are indexed and the index is written beside them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'one-page-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>T</title></head><body><main data-pagefind-body><h1>Caviar</h1><p>Sturgeon roe.</p></main></body></html>',
  );
  assert.deepEqual(await buildSearchIndex(dir), { pages: 1 });
  assert.ok(existsSync(join(dir, 'pagefind', 'pagefind.js')));
});
