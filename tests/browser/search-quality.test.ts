// Measured search quality: the words real users type (tests/fixtures/search-queries.tsv), each
// searched through the real search page against the real built index. At least 24 of the 25 must
// find the right category in the top 3. The figures are printed for the issue log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from '../support/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { searchResults } from '../support/search.ts';
import { FIXTURES } from '../support/paths.ts';

const queries = readFileSync(join(FIXTURES, 'search-queries.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [query, pattern] = line.split('\t') as [string, string];
    return { query, pattern: new RegExp(pattern, 'i') };
  });

const site = browserAndSite();

test('at least 24 of the 25 real queries find the right category in the top 3', async () => {
  const { page, close } = await openPage(site.browser);
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const { query, pattern } of queries) {
    const hits = await searchResults(page, site.origin, query);
    const rank = hits.findIndex((hit) => pattern.test(hit.title) || pattern.test(hit.href));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    else
      misses.push(
        `${query} → ${
          hits
            .slice(0, 3)
            .map((hit) => hit.title)
            .join(' | ') || 'no results'
        }`,
      );
  }
  await close();
  console.log(`search quality: top-1 ${top1}/${queries.length}, top-3 ${top3}/${queries.length}`);
  if (misses.length > 0) console.log(`not in the top 3:\n  ${misses.join('\n  ')}`);
  assert.equal(queries.length, 25);
  assert.ok(top3 >= 24, `top-3 ${top3}/25; misses: ${misses.join('; ')}`);
});
