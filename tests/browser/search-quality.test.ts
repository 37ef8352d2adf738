// Measured search quality: the project's list of words people type (tests/fixtures/search-queries.tsv)
// and a list held out from tuning (search-queries-held-out.tsv), each searched through the real
// search page in Chromium against the real build. Every kind of query is there: everyday goods,
// plurals, spellings, brands, phrases with filler words, goods under every rule, misspellings, and
// goods no rule covers, whose right answer is the message that nothing found does not mean allowed.
// The figures are printed for the issue log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { goodsId, readAnswer, searchFor, type SearchAnswer } from '../support/search.ts';
import {
  assertRulesInOrder,
  exportAnswer,
  percent,
  readQueries,
  score,
  type LabelledQuery,
} from '../support/queries.ts';
import { words } from '../../src/lib/browser/goods-matcher/text.ts';

const site = browserAndSite();

/** What a query got, best first: the named rules when a rule is the right answer, else the categories. */
const answerIds = (query: LabelledQuery, answer: SearchAnswer) =>
  query.right.some((id) => id.startsWith('rule:'))
    ? answer.rules.map((id) => `rule:${id}`)
    : answer.goods.map((hit) => goodsId(hit.href));

/**
 * A first result found on a fragment of a word ("pens" → "penalties") would show matched words
 * that are not the reader's: every word the page says it matched must be a whole word they typed.
 */
function fragmentMatch(query: string, answer: SearchAnswer): string | undefined {
  const typed = new Set(words(query).map((word) => word.raw));
  const first = answer.goods[0];
  if (!first) return undefined;
  const shown = first.words.split(', ').flatMap((phrase) => phrase.replace(/ \([^)]*\)/g, '').split(' '));
  const foreign = shown.filter((word) => !typed.has(word));
  return foreign.length > 0 ? `${query} → ${first.title} (matched ${foreign.join(', ')})` : undefined;
}

async function measure(file: string) {
  const queries = readQueries(file);
  const { page, close } = await openPage(site.browser);
  const answers: SearchAnswer[] = [];
  // The first query opens the page as a link would; the rest are typed into its box, as a reader does.
  await searchFor(page, site.origin, '');
  const box = page.getByLabel('What goods do you want to check?');
  for (const { query } of queries) {
    await box.fill(query);
    await box.press('Enter');
    answers.push(await readAnswer(page, query));
  }
  await close();
  const ids = queries.map((query, index) => answerIds(query, answers[index]!));
  const result = score(queries, ids.map(exportAnswer()));
  const fragments = queries.map(({ query }, index) => fragmentMatch(query, answers[index]!)).filter(Boolean);
  // "Nothing found" must never stand alone: the page then says it does not mean the goods may be sent.
  const silent = queries.filter((_, index) => answers[index]!.goods.length === 0 && !answers[index]!.nothingFound);
  console.log(
    `${file}: ${result.total} queries, top-1 ${result.top1} (${percent(result.top1, result.total)}), top-3 ${result.top3} (${percent(result.top3, result.total)})`,
  );
  if (result.misses.length > 0) console.log(`  not first:\n    ${result.misses.join('\n    ')}`);
  assertRulesInOrder(file, queries, ids);
  return { result, fragments, silent };
}

for (const file of ['search-queries.tsv', 'search-queries-held-out.tsv']) {
  test(`${file}: top-3 at least 95%, top-1 at least 85%, no fragment matches, no silent empty answer, UK rules first`, async () => {
    const { result, fragments, silent } = await measure(file);
    if (file === 'search-queries.tsv') assert.ok(result.total >= 150, `${result.total} queries`);
    assert.ok(result.top3 >= 0.95 * result.total, `top-3 ${result.top3}/${result.total}`);
    assert.ok(result.top1 >= 0.85 * result.total, `top-1 ${result.top1}/${result.total}`);
    assert.deepEqual(fragments, []);
    assert.deepEqual(
      silent.map((query) => query.query),
      [],
    );
  });
}
