// The goods records: one source for the guidance lists, the pages, the A to Z and the data files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadRecords } from '../../src/lib/records.ts';
import { publishedGoodsListSchema } from '../../src/schemas/published-goods.ts';
import { CONTENT, DIST } from '../support/paths.ts';
import { page, textOf } from '../support/dist.ts';

const records = loadRecords(CONTENT);

test('22 luxury goods and 11 import categories, each with aliases', () => {
  const byRule = Object.groupBy(records.goods, (item) => item.rule);
  assert.equal(byRule['uk-luxury-export-ban']?.length, 22);
  assert.equal(byRule['dprk-import-prohibited']?.length, 4);
  assert.equal(byRule['dprk-import-licence']?.length, 7);
  assert.ok(records.goods.every((item) => item.aliases.length >= 3));
});

test('every category has its own page with name, status, rule, source and the helpline', () => {
  for (const item of records.goods) {
    const html = page(`/goods/${item.id}.html`);
    const rule = records.rules.find((candidate) => candidate.id === item.rule)!;
    assert.equal(textOf(html.querySelector('h1')).toLowerCase(), item.name.toLowerCase());
    assert.ok(textOf(html.querySelector('.govuk-tag')).length > 0, item.id);
    assert.ok(textOf(html.querySelector('main')).includes(rule.name), item.id);
    assert.ok(textOf(html.querySelector('main')).includes(rule.sourceNote), item.id);
    assert.ok(html.querySelector('main a[href="tel:+442072154594"]'), item.id);
    assert.equal(html.querySelector('[data-pagefind-filter^="status:"]') !== null, true, item.id);
  }
});

test('the guidance pages list the categories from the records, each with its anchor', () => {
  for (const item of records.goods) {
    const rule = records.rules.find((candidate) => candidate.id === item.rule)!;
    const html = page(`/guidance/${rule.guidance}.html`);
    assert.equal(textOf(html.getElementById(`goods-${item.id}`)), item.name);
  }
});

test('the A to Z lists every category with its status, in alphabetical order', () => {
  const rows = page('/goods.html').querySelectorAll('tbody tr');
  assert.equal(rows.length, records.goods.length);
  const names = rows.map((row) => textOf(row.querySelector('th')));
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })),
  );
  assert.ok(rows.every((row) => textOf(row.querySelector('.govuk-tag')).length > 0));
});

test('goods.json matches its published JSON Schema’s zod source and lists every category', () => {
  const data = publishedGoodsListSchema.parse(JSON.parse(readFileSync(join(DIST, 'goods.json'), 'utf8')));
  assert.equal(data.goods.length, records.goods.length);
  const caviar = data.goods.find((item) => item.id === 'caviar')!;
  assert.equal(caviar.status, 'banned');
  assert.match(caviar.guidanceUrl, /\/guidance\/exporting-luxury-goods-north-korea\.html#goods-caviar$/);
  const schema = JSON.parse(readFileSync(join(DIST, 'goods.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.properties.goods.items.properties.status.enum, ['banned', 'prohibited', 'licence-required']);
  assert.ok(schema.properties.goods.items.required.includes('aliases'));
});

test('goods.csv has a header and one row per category, quoted where needed', () => {
  const rows = parseCsv(readFileSync(join(DIST, 'goods.csv'), 'utf8'), { columns: true }) as Array<
    Record<string, string>
  >;
  assert.equal(rows.length, records.goods.length);
  const art = rows.find((row) => row.id === 'art-and-antiques')!;
  assert.equal(art.name, "works of art, collectors' pieces and antiques");
  assert.equal(art.status, 'banned');
  assert.ok(art.aliases!.split('; ').includes('painting'));
  assert.ok(existsSync(join(DIST, 'goods.schema.json')));
});
