// The goods records: one source for the guidance lists, the pages, the A to Z and the data files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadRecords } from '../../src/lib/content/records.ts';
import { publishedGoodsListSchema } from '../../src/schemas/published-goods.ts';
import { STATUSES } from '../../src/schemas/records.ts';
import { DIRECTIONS, direction } from '../../src/schemas/directions.ts';
import { CONTENT, DIST } from '../../dev/paths.ts';
import { page, textOf } from '../support/dist.ts';

const records = loadRecords(CONTENT);

test('22 luxury goods, 11 North Korean import categories, the other UN and UK sanctions and the rules on importing, each with aliases', () => {
  const byRule = Object.groupBy(records.goods, (item) => item.rule);
  assert.equal(byRule['uk-luxury-export-ban']?.length, 22);
  assert.equal(byRule['dprk-import-prohibited']?.length, 4);
  assert.equal(byRule['dprk-import-licence']?.length, 7);
  assert.equal(byRule['uk-military-goods-ban']?.length, 3);
  assert.equal(byRule['uk-armed-forces-ban']?.length, 1);
  assert.equal(byRule['un-machinery-vehicles-metals-ban']?.length, 3);
  assert.equal(byRule['un-fuel-ban']?.length, 2);
  assert.equal(byRule['un-oil-caps']?.length, 2);
  assert.equal(byRule['uk-restricted-goods-import-ban']?.length, 3);
  assert.equal(byRule['uk-armed-forces-goods-import-ban']?.length, 1);
  assert.equal(byRule['un-import-bans']?.length, 7);
  assert.equal(byRule['un-import-bans-by-code']?.length, 6);
  // Every rule has goods, and every rule names its sources or says that none is known.
  assert.ok(records.rules.every((rule) => (byRule[rule.id]?.length ?? 0) > 0));
  // Every category has its own words, or those of the category that holds the same goods.
  const byId = new Map(records.goods.map((item) => [item.id, item]));
  const words = (item: (typeof records.goods)[number]) =>
    item.aliases.length + (item.sameGoodsAs ? byId.get(item.sameGoodsAs)!.aliases.length : 0);
  assert.deepEqual(
    records.goods.filter((item) => words(item) < 3).map((item) => item.id),
    [],
  );
});

test('every category has its own page: everyday name, legal wording, status, rule, source and whom to ask', () => {
  for (const item of records.goods) {
    const html = page(`/goods/${item.id}.html`);
    const rule = records.rules.find((candidate) => candidate.id === item.rule)!;
    const main = textOf(html.querySelector('main'));
    assert.equal(textOf(html.querySelector('h1')), item.everydayName);
    assert.ok(main.includes(`Listed as: ${item.name}`), item.id);
    assert.ok(textOf(html.querySelector('.govuk-tag')).length > 0, item.id);
    assert.ok(main.includes(rule.name), item.id);
    assert.ok(main.includes(rule.sourceNote), item.id);
    assert.ok(main.includes(rule.summary), item.id);
    assert.ok(main.includes(`Not verified: ${rule.notVerified}`), item.id);
    for (const other of item.alsoUnder ?? [])
      assert.ok(
        main.includes(records.rules.find((candidate) => candidate.id === other)!.name),
        `${item.id} → ${other}`,
      );
    assert.ok(html.querySelector('main a[href="tel:+442072154594"]'), item.id);
    // Goods are found by the goods matcher; Pagefind searches the guidance only.
    assert.equal(html.querySelector('[data-pagefind-body]'), null, item.id);
    // Finding one category is never the whole answer.
    assert.match(main, /Other rules may also apply to your goods/, item.id);
  }
});

test('a goods page sends the reader to whom its kind of rule says: the importer in North Korea, the import notice, or the export helpline', () => {
  const contact = textOf(page('/contact.html').querySelector('main'));
  assert.match(contact, /The helpline cannot advise on North Korea’s own import rules/);
  for (const item of records.goods) {
    const main = textOf(page(`/goods/${item.id}.html`).querySelector('main'));
    const kind = records.rules.find((rule) => rule.id === item.rule)!.appliesTo;
    assert.ok(main.includes(direction(kind).label), item.id);
    assert.equal(/ask the importer in North Korea/.test(main), kind === 'north-korea-import', item.id);
    assert.equal(/cannot advise on North Korea’s own import rules/.test(main), kind === 'north-korea-import', item.id);
    assert.equal(
      /Who answers questions about importing from North Korea could not be verified/.test(main),
      kind === 'uk-import',
      item.id,
    );
    assert.equal(/This rule is about importing/.test(main), kind === 'uk-import', item.id);
    assert.equal(main.includes('If you are not sure'), kind === 'uk-export', item.id);
  }
});

test('the guidance pages list the categories from the records, each with its anchor and a link to its page', () => {
  for (const item of records.goods) {
    const rule = records.rules.find((candidate) => candidate.id === item.rule)!;
    const listed = page(`/guidance/${rule.guidance}.html`).getElementById(`goods-${item.id}`);
    // The luxury goods page reproduces an earlier copy of the list, and keeps its words.
    assert.equal(textOf(listed), rule.id === 'uk-luxury-export-ban' ? (item.earlierWording ?? item.name) : item.name);
    assert.equal(listed?.querySelector('a')?.getAttribute('href'), `/goods/${item.id}.html`, item.id);
  }
});

test('the A to Z is in order of the everyday names, in sentence case, with the legal wording beside each', () => {
  const rows = page('/goods.html').querySelectorAll('tbody tr');
  assert.equal(rows.length, records.goods.length);
  const names = rows.map((row) => textOf(row.querySelector('th a')));
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })),
  );
  for (const name of names) assert.match(name, /^[A-Z0-9]/, name);
  const row = (id: string) => rows.find((candidate) => candidate.id === id)!;
  assert.equal(textOf(row('wines-and-spirits').querySelector('th a')), 'Wine and spirits');
  assert.match(textOf(row('wines-and-spirits').querySelector('th')), /high quality wines and spirits/);
  assert.equal(textOf(row('pure-bred-horses').querySelector('th a')), 'Horses');
  assert.ok(rows.every((candidate) => textOf(candidate.querySelector('.govuk-tag')).length > 0));
});

test('goods.json matches its published JSON Schema’s zod source and lists every category', () => {
  const data = publishedGoodsListSchema.parse(JSON.parse(readFileSync(join(DIST, 'goods.json'), 'utf8')));
  assert.equal(data.goods.length, records.goods.length);
  const caviar = data.goods.find((item) => item.id === 'caviar')!;
  assert.equal(caviar.status, 'banned');
  assert.match(caviar.guidanceUrl, /\/guidance\/exporting-luxury-goods-north-korea\.html#goods-caviar$/);
  const schema = JSON.parse(readFileSync(join(DIST, 'goods.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.properties.goods.items.properties.status.enum, [...STATUSES]);
  // The list says what it is not: a list of what may be sent.
  assert.match(data.notice, /may still be banned or controlled/);
  const laptops = data.goods.find((item) => item.id === 'technological-equipment-and-computers')!;
  assert.equal(laptops.appliesTo, 'north-korea-import');
  assert.deepEqual(laptops.alsoUnder.sort(), ['un-import-bans-by-code', 'un-machinery-vehicles-metals-ban']);
  // Every kind of rule, described in the schema as the registry describes it.
  assert.deepEqual(
    schema.properties.goods.items.properties.appliesTo.enum,
    DIRECTIONS.map((kind) => kind.id),
  );
  const squid = data.goods.find((item) => item.id === 'seafood-from-north-korea')!;
  assert.equal(squid.appliesTo, 'uk-import');
  assert.ok(data.goods.every((item) => item.notVerified.length > 0));
  assert.ok(schema.properties.goods.items.required.includes('aliases'));
  assert.ok(schema.properties.goods.items.required.includes('everydayName'));
  assert.equal(caviar.everydayName, 'Caviar');
});

test('goods.csv opens in a spreadsheet as written: a byte-order mark, a header and one row per category', () => {
  const bytes = readFileSync(join(DIST, 'goods.csv'));
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark, which Excel needs');
  const rows = parseCsv(bytes, { columns: true, bom: true }) as Array<Record<string, string>>;
  assert.equal(rows.length, records.goods.length);
  const art = rows.find((row) => row.id === 'art-and-antiques')!;
  assert.equal(art.name, "works of art, collectors' pieces and antiques");
  assert.equal(art.everydayName, 'Art and antiques');
  assert.equal(art.status, 'banned');
  assert.ok(art.aliases!.split('; ').includes('painting'));
  // Worded as GOV.UK's current list words it.
  assert.equal(
    rows.find((row) => row.id === 'coins-and-banknotes')!.name,
    'coins and banknotes that aren’t legal tender - for example, antique coins',
  );
  assert.ok(existsSync(join(DIST, 'goods.schema.json')));
});
