// Commodity codes as the build publishes them: the nomenclature table's pages and data file, the
// codes of every goods category and the code scope of every rule in goods.json and goods.csv, the
// rules that follow from codes on the goods pages, and the matcher's index and labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadRecords } from '../../src/lib/content/records.ts';
import { codeCoverage } from '../../src/lib/goods/coverage.ts';
import { publishedGoodsListSchema } from '../../src/schemas/published-goods.ts';
import type { GoodsIndexFile, HsLabels } from '../../src/lib/browser/goods-matcher/index-file.ts';
import { CONTENT, DIST } from '../../dev/paths.ts';
import { htmlPages, page, textOf } from '../support/dist.ts';

const records = loadRecords(CONTENT);
const json = <T>(path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
const unBan = records.rules.find((rule) => rule.id === 'un-machinery-vehicles-metals-ban')!;

test('the table lists every heading of each chapter a rule covers by code, and the UN ban covers chapters 72 to 89', () => {
  assert.deepEqual(unBan.hsScope?.codes, [
    ...['72', '73', '74', '75', '76', '78', '79', '80', '81', '82', '83'],
    ...['84', '85', '86', '87', '88', '89'],
  ]);
  const scoped = records.hsChapters.filter((chapter) => unBan.hsScope!.codes.includes(chapter.id));
  assert.equal(scoped.length, 17);
  assert.ok(scoped.every((chapter) => chapter.headingsListed === 'all'));
  // HS 2022 has 320 headings in those chapters, and chapter 93 seven more.
  assert.equal(
    scoped.reduce((sum, chapter) => sum + chapter.headings.length, 0),
    320,
  );
  assert.equal(records.hsChapters.find((chapter) => chapter.id === '93')?.headings.length, 7);
  for (const chapter of records.hsChapters)
    for (const heading of chapter.headings) assert.ok(heading.words.length >= 3, heading.code);
});

test('a page lists the chapters, and each chapter page its headings, with Trade Tariff links and the rule that covers it', () => {
  const index = textOf(page('/commodity-codes.html').querySelector('main'));
  assert.match(index, /every good of HS chapters 72 to 89 \(except spare parts to maintain/);
  for (const chapter of records.hsChapters) {
    const html = page(`/commodity-codes/${chapter.id}.html`);
    const main = textOf(html.querySelector('main'));
    assert.equal(textOf(html.querySelector('h1')), chapter.title);
    for (const heading of chapter.headings) {
      const row = html.querySelector(`#hs-${heading.code}`);
      assert.ok(row, `${chapter.id}: ${heading.code}`);
      assert.equal(
        row.querySelector('a')?.getAttribute('href'),
        `https://www.trade-tariff.service.gov.uk/headings/${heading.code}?country=KP`,
      );
      assert.ok(textOf(row).includes(heading.label));
    }
    // Every rule whose code scope takes in the chapter, whichever way the goods go, with what was not verified.
    const covering = records.rules.filter((rule) => rule.hsScope?.codes.includes(chapter.id));
    for (const rule of covering) {
      assert.ok(main.includes(rule.name), `${chapter.id}: ${rule.id}`);
      assert.ok(main.includes(`Not verified: ${rule.notVerified}`), `${chapter.id}: ${rule.id}`);
    }
    if (covering.length === 0) assert.match(main, /No rule on this site covers this chapter by code/, chapter.id);
    // The warning that codes are not the whole answer is on every chapter page.
    assert.match(main, /A code that no rule here covers does not mean the goods may be sent/, chapter.id);
  }
  const listed = new Set(htmlPages());
  assert.ok(listed.has('/commodity-codes/87.html') && listed.has('/commodity-codes.html'));
});

test('goods.json and goods.csv carry each category’s codes, its rule’s code scope and every other rule that applies', () => {
  const published = publishedGoodsListSchema.parse(json('goods.json'));
  const byId = new Map(published.goods.map((item) => [item.id, item]));
  for (const item of records.goods) {
    const out = byId.get(item.id)!;
    const rule = records.rules.find((candidate) => candidate.id === item.rule)!;
    assert.deepEqual(out.hs, item.hs ?? [], item.id);
    assert.deepEqual(out.ruleHsScope, rule.hsScope?.codes ?? [], item.id);
    const expected = [
      ...codeCoverage(item, records.rules, records.goods).map((cover) => cover.ruleId),
      ...(item.alsoUnder ?? []),
    ];
    // Every other rule that applies, in whatever order the page gives them.
    assert.deepEqual([...out.alsoUnder].sort(), expected.sort(), item.id);
  }
  // A luxury car is also under the UN ban, by its code; nobody wrote that down as alsoUnder.
  const cars = byId.get('luxury-vehicles-boats-aircraft')!;
  assert.ok(cars.alsoUnder.includes(unBan.id));
  assert.equal(records.goods.find((item) => item.id === cars.id)?.alsoUnder, undefined);
  const rows = parseCsv(readFileSync(join(DIST, 'goods.csv'), 'utf8').slice(1), { columns: true }) as Array<
    Record<string, string>
  >;
  const csvCars = rows.find((row) => row.id === cars.id)!;
  assert.equal(csvCars.hs, cars.hs.join('; '));
  assert.equal(csvCars.ruleHsScope, '');
  assert.equal(rows.find((row) => row.id === 'transportation-vehicles')?.ruleHsScope, unBan.hsScope!.codes.join('; '));
  const schema = json<{ $defs?: unknown; properties?: Record<string, unknown> }>('goods.schema.json');
  assert.match(JSON.stringify(schema), /"ruleHsScope"/);
  assert.match(JSON.stringify(schema), /"hs"/);
});

test('goods pages give their codes, and rules that follow from codes with the codes that bring them', () => {
  const cars = textOf(page('/goods/luxury-vehicles-boats-aircraft.html').querySelector('main'));
  assert.match(cars, /These goods are classified in: HS 8703: Cars/);
  assert.match(cars, /is not known by commodity code here/);
  assert.match(cars, new RegExp(`${unBan.name} It covers goods by code, and these goods are classified in HS 8703`));
  const counterfeit = textOf(page('/goods/counterfeit-and-substandard-goods.html').querySelector('main'));
  assert.match(counterfeit, /No commodity codes are given for this category/);
});

test('commodity-codes.json lists every chapter and heading with the rules and categories that hold them', () => {
  const data = json<{
    notice: string;
    rules: Array<{ id: string; hsScope: string[] }>;
    chapters: Array<{
      code: string;
      coveredBy: Array<{ ruleId: string }>;
      headings: Array<{ code: string; categories: Array<{ id: string }> }>;
    }>;
  }>('commodity-codes.json');
  assert.match(data.notice, /does not mean the goods may be sent/);
  assert.deepEqual(
    data.rules.map((rule) => rule.id).sort(),
    records.rules
      .filter((rule) => rule.hsScope)
      .map((rule) => rule.id)
      .sort(),
  );
  assert.equal(data.chapters.length, records.hsChapters.length);
  const pushchairs = data.chapters
    .find((chapter) => chapter.code === '87')!
    .headings.find((heading) => heading.code === '8715')!;
  assert.deepEqual(
    pushchairs.categories.map((item) => item.id),
    ['transportation-vehicles'],
  );
});

test('the goods index holds every heading’s words, and each chapter’s labels are a file of their own', () => {
  const index = json<GoodsIndexFile>('goods-index.json');
  assert.equal(
    index.headings.length,
    records.hsChapters.reduce((sum, chapter) => sum + chapter.headings.length, 0),
  );
  const labels = json<HsLabels>('hs-labels/87.json');
  assert.equal(
    labels.headings['8715'],
    records.hsChapters.find((chapter) => chapter.id === '87')!.headings.find((heading) => heading.code === '8715')!
      .label,
  );
  assert.deepEqual(Object.keys(labels.chapters), ['87']);
  const gzipped = (path: string) => gzipSync(readFileSync(join(DIST, path))).length;
  console.log(
    `goods-index.json ${gzipped('goods-index.json')} bytes gzipped; hs-labels/87.json ${gzipped('hs-labels/87.json')}`,
  );
});
