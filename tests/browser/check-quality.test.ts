// Measured list-checker accuracy: the project's invoice and packing-list lines
// (tests/fixtures/invoice-lines.tsv) and a list held out from tuning (invoice-lines-held-out.tsv),
// each pasted whole into the real /check.html in Chromium against the real build. Each must put a
// right category first for 90% of its lines, and no line may be "not matched" where the search
// page finds a category: the checker must answer each line exactly as a search for it does.
// The figures are printed for the issue log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { checkList } from '../support/check.ts';
import { goodsId, readAnswer, searchFor } from '../support/search.ts';
import { assertRulesInOrder, exportAnswer, percent, readQueries, score } from '../support/queries.ts';

const site = browserAndSite();

for (const file of ['invoice-lines.tsv', 'invoice-lines-held-out.tsv']) {
  test(`${file}: the right category first for at least 90% of lines, UK rules first, and each line answered as search answers it`, async () => {
    const lines = readQueries(file);
    const { page, close } = await openPage(site.browser);
    const rows = await checkList(
      page,
      lines.map((line) => line.query),
      site.origin,
    );
    assert.equal(rows.length, lines.length, 'one row per line');
    const checked = rows.map((row) => (row.href ? [row.href, ...row.others].map(goodsId) : []));
    const result = score(lines, checked.map(exportAnswer()));
    console.log(
      `${file}: ${result.total} lines, right category first ${result.top1} (${percent(result.top1, result.total)}), in the first three ${result.top3} (${percent(result.top3, result.total)})`,
    );
    if (result.misses.length > 0) console.log(`  not first:\n    ${result.misses.join('\n    ')}`);
    assertRulesInOrder(file, lines, checked);

    // The same lines searched one by one, as a reader would before this page existed.
    await searchFor(page, site.origin, '');
    const box = page.getByLabel('What goods do you want to check?');
    const differences: string[] = [];
    for (const [index, { query }] of lines.entries()) {
      await box.fill(query);
      await box.press('Enter');
      const searched = (await readAnswer(page, query)).goods.map((hit) => goodsId(hit.href));
      if (searched.join() !== checked[index]!.join())
        differences.push(
          `${query}: search ${searched.join(', ') || 'nothing'}; checker ${checked[index]!.join(', ') || 'not matched'}`,
        );
    }
    await close();
    if (file === 'invoice-lines.tsv') assert.ok(result.total >= 60, `${result.total} lines`);
    else assert.ok(result.total >= 25, `${result.total} lines`);
    assert.ok(result.top1 >= 0.9 * result.total, `right first ${result.top1}/${result.total}`);
    assert.deepEqual(differences, []);
  });
}
