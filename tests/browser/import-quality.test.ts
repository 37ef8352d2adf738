// Measured search quality for goods coming from North Korea: queries and invoice lines that say
// the goods come from there (tests/fixtures/import-goods.tsv, and import-goods-held-out.tsv, held
// out from tuning), and an exporter's words for goods only a rule on importing covers
// (import-only-goods.tsv). Each is searched through the real search page in Chromium against the
// real build. An import ban must never read as an export ban: each result says whose rule it is
// and which way the goods go, and where only rules on importing were found the page says that no
// rule on sending the goods was found, which does not mean they may be sent. The figures are
// printed for the issue log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { goodsId, searchFor, type SearchAnswer } from '../support/search.ts';
import { checkList } from '../support/check.ts';
import { assertRulesInOrder, percent, readQueries, score, type LabelledQuery } from '../support/queries.ts';

const site = browserAndSite();

const IMPORT_LABEL = 'UK rule on importing from North Korea';
const NO_EXPORT_RULE =
  'No rule on sending these goods to North Korea was found. That does not mean you may export them.';

/** Types each query into the search page, as a reader does, and reads each answer. */
async function searchAll(queries: LabelledQuery[], filters = ''): Promise<SearchAnswer[]> {
  const { page, close } = await openPage(site.browser);
  const answers: SearchAnswer[] = [];
  for (const { query } of queries) answers.push(await searchFor(page, site.origin, query, filters));
  await close();
  return answers;
}

const ids = (answers: SearchAnswer[]) => answers.map((answer) => answer.goods.map((hit) => goodsId(hit.href)));

for (const { file, at } of [
  { file: 'import-goods.tsv', at: 0.95 },
  { file: 'import-goods-held-out.tsv', at: 0.9 },
]) {
  test(`${file}: a UK import rule's category in the first three for at least ${at * 100}%, rules on importing first, each labelled`, async () => {
    const queries = readQueries(file);
    assert.ok(queries.length >= (file.includes('held-out') ? 70 : 80), `${queries.length} queries`);
    const answers = await searchAll(queries);
    const result = score(queries, ids(answers));
    console.log(
      `${file}: ${result.total} queries; right first ${result.top1} (${percent(result.top1, result.total)}), in the first three ${result.top3} (${percent(result.top3, result.total)}); first category wrong ${result.wrongFirst.length}`,
    );
    for (const kind of [...new Set(queries.map((query) => query.kind))]) {
      const of = queries.flatMap((query, index) => (query.kind === kind ? [index] : []));
      const kindResult = score(
        of.map((index) => queries[index]!),
        of.map((index) => ids(answers)[index]!),
      );
      console.log(`  ${kind}: ${kindResult.top3}/${kindResult.total} in the first three`);
    }
    if (result.misses.length > 0) console.log(`  misses:\n    ${result.misses.join('\n    ')}`);
    assertRulesInOrder(file, queries, ids(answers));
    assert.ok(result.top3 >= at * result.total, `${result.top3}/${result.total}`);
    // Every category under a rule on importing says so, in words a reader sees.
    const unlabelled = answers.flatMap((answer, index) =>
      answer.goods
        .filter((hit) => hit.href.includes('-from-north-korea') && hit.direction !== IMPORT_LABEL)
        .map((hit) => `${queries[index]!.query} → ${hit.title}: "${hit.direction}"`),
    );
    assert.deepEqual(unlabelled, []);
  });
}

test('import-only-goods.tsv: an exporter’s words for goods only a rule on importing covers find it, labelled, and are told no export rule was found', async () => {
  const queries = readQueries('import-only-goods.tsv');
  assert.ok(queries.length >= 20, `${queries.length} queries`);
  const answers = await searchAll(queries);
  const result = score(queries, ids(answers));
  console.log(
    `import-only-goods.tsv: ${result.total} queries; the import rule's category in the first three ${result.top3} (${percent(result.top3, result.total)})`,
  );
  if (result.misses.length > 0) console.log(`  misses:\n    ${result.misses.join('\n    ')}`);
  assert.ok(result.top3 >= 0.9 * result.total, `${result.top3}/${result.total}`);
  // Where every category found is under a rule on importing, the page says so and says what it
  // does not mean; where a rule on exporting was found too, it is shown first.
  const problems = answers.flatMap((answer, index) => {
    const { query } = queries[index]!;
    const onlyImports = answer.goods.length > 0 && answer.goods.every((hit) => hit.direction === IMPORT_LABEL);
    if (onlyImports && !answer.noneThisWay?.includes(NO_EXPORT_RULE)) return [`${query}: no warning`];
    if (!onlyImports && answer.noneThisWay !== null) return [`${query}: warning beside an export rule`];
    if (answer.goods.length > 0 && answer.goods[0]!.direction === IMPORT_LABEL && !onlyImports)
      return [`${query}: an import rule before an export rule`];
    return [];
  });
  assert.deepEqual(problems, []);
});

test('with the direction filter set to goods going to North Korea, goods only an import rule covers show no category and the never-allowed message', async () => {
  const queries = readQueries('import-only-goods.tsv');
  const unfiltered = await searchAll(queries);
  const onlyImports = queries.filter(
    (_, index) =>
      unfiltered[index]!.goods.length > 0 && unfiltered[index]!.goods.every((hit) => hit.direction === IMPORT_LABEL),
  );
  assert.ok(onlyImports.length >= 10, `${onlyImports.length} queries with only rules on importing`);
  const answers = await searchAll(onlyImports, '&way=to-north-korea');
  const shown = answers.flatMap((answer, index) =>
    answer.goods.length > 0 || !answer.nothingFound
      ? [`${onlyImports[index]!.query}: ${answer.goods.length} shown`]
      : [],
  );
  assert.deepEqual(shown, []);
});

test('the warning is styled as GOV.UK warning text and the direction of each result is bold, on a phone', async () => {
  const { page, close } = await openPage(site.browser, { viewport: { width: 320, height: 800 } });
  await searchFor(page, site.origin, 'frozen squid');
  const warning = page.locator('#none-this-way .govuk-warning-text');
  assert.ok(await warning.isVisible());
  assert.equal(
    await warning.locator('.govuk-warning-text__icon').evaluate((icon) => getComputedStyle(icon).borderRadius),
    '50%',
  );
  const direction = page.locator('.app-search-result__direction').first();
  assert.equal(await direction.textContent(), IMPORT_LABEL);
  assert.equal(await direction.evaluate((element) => getComputedStyle(element).fontWeight), '700');
  // The same words with a direction: no warning, the import rule first.
  const fromNorthKorea = await searchFor(page, site.origin, 'frozen squid from North Korea');
  assert.equal(fromNorthKorea.noneThisWay, null);
  assert.equal(fromNorthKorea.goods[0]?.direction, IMPORT_LABEL);
  await close();
});

test('the import lists pasted into the list checker: each line answered as search answers it, its rule’s direction shown', async () => {
  const queries = readQueries('import-goods.tsv').filter((query) => query.kind === 'invoice' || query.kind === 'via');
  const searched = ids(await searchAll(queries));
  const { page, close } = await openPage(site.browser);
  const rows = await checkList(
    page,
    queries.map((query) => query.query),
    site.origin,
  );
  const directions = await page.$$eval('#check-rows .app-check-table__direction', (cells) =>
    cells.map((cell) => cell.textContent ?? ''),
  );
  await close();
  const checked = rows.map((row) => (row.href ? [row.href, ...row.others].map(goodsId) : []));
  const differences = queries.flatMap((query, index) =>
    searched[index]!.join() === checked[index]!.join()
      ? []
      : [`${query.query}: search ${searched[index]!.join(', ')}; checker ${checked[index]!.join(', ')}`],
  );
  assert.deepEqual(differences, []);
  assert.equal(
    directions.filter((text) => text === IMPORT_LABEL).length,
    rows.filter((row) => row.href.includes('-from-north-korea')).length,
  );
});
