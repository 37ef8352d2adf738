import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCodes } from '../../../src/lib/content/code-checks.ts';
import { readYamlRecords } from '../../../src/lib/content/yaml-records.ts';
import { goodsSchema, ruleSchema } from '../../../src/schemas/records.ts';
import { hsChapterSchema } from '../../../src/schemas/nomenclature.ts';

const dir = mkdtempSync(join(tmpdir(), 'codes-'));
/** Writes a record file and reads it as the build does, so that problems carry its lines. */
function read<S extends Parameters<typeof readYamlRecords>[1]>(name: string, schema: S, yaml: string) {
  const path = join(dir, name);
  writeFileSync(path, yaml);
  return readYamlRecords(path, schema, dir);
}

const HISTORY = `  updated: 2026-01-01
  history:
    - date: 2026-01-01
      note: First published.
`;
const RULES = `- id: luxury
  name: Luxury ban
  shortName: Luxury ban
  status: banned
  appliesTo: uk-export
  summary: x
  guidance: g
  sources:
    - title: A source
  sourceNote: x
  notVerified: x
${HISTORY}- id: un
  name: UN ban
  shortName: UN ban
  status: banned
  appliesTo: uk-export
  summary: x
  guidance: g
  hsScope:
    codes: ['86', '87']
    source:
      title: A list by chapter
  sources:
    - title: A source
  sourceNote: x
  notVerified: x
${HISTORY}`;
const CHAPTERS = (listed: string) => `- id: '87'
  title: Road vehicles
  headingsListed: ${listed}
  sources:
    - title: The HS
  headings:
    - code: '8703'
      label: Cars
      words: [car]
- id: '86'
  title: Railways
  headingsListed: all
  sources:
    - title: The HS
  headings: []
`;
const goodsFile = (luxuryCars: string) => `- id: vehicles
  name: vehicles
  everydayName: Vehicles
  rule: un
  hs: ['86', '87']
  group: g
  aliases: [vehicle]
${HISTORY}- id: luxury-cars
  name: luxury cars
  everydayName: Luxury cars
  rule: luxury
${luxuryCars}  group: g
  aliases: [Ferrari]
${HISTORY}`;

function problems(luxuryCars: string, listed = 'all') {
  return checkCodes({
    goods: read('goods.yaml', goodsSchema, goodsFile(luxuryCars)),
    rules: read('rules.yaml', ruleSchema, RULES),
    hsChapters: read('hs.yaml', hsChapterSchema, CHAPTERS(listed)),
    files: { goods: 'goods.yaml', rules: 'rules.yaml', hsChapters: 'hs.yaml' },
  }).map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);
}

test('codes and a code-scoped rule that agree need no alsoUnder, and pass', () => {
  assert.deepEqual(problems(`  hs: ['8703']\n`), []);
});

test('alsoUnder naming a code-scoped rule the codes already bring is refused, at its line', () => {
  assert.deepEqual(problems(`  hs: ['8703']\n  alsoUnder: [un]\n`), [
    'goods.yaml:17: "luxury-cars" → alsoUnder[0]: "un" follows from the category\'s codes (hs), since the rule covers HS 86, 87: remove it from alsoUnder',
  ]);
});

test('alsoUnder naming a code-scoped rule that the codes disagree with is refused, at its line', () => {
  assert.deepEqual(problems(`  hs: ['9101']\n  alsoUnder: [un]\n`), [
    'goods.yaml:16: "luxury-cars" → hs[0]: HS chapter 91 is not in hs.yaml: add the chapter there',
    'goods.yaml:17: "luxury-cars" → alsoUnder[0]: "un" covers goods by code (HS 86, 87), and this category\'s codes (9101) are outside it: give the category the codes its goods have, or remove the rule from alsoUnder',
  ]);
  assert.match(problems(`  alsoUnder: [un]\n`).join('\n'), /codes \(none\) are outside it/);
});

test('a code the table does not list, and a scope chapter that lists only some headings, are refused', () => {
  assert.deepEqual(problems(`  hs: ['8704']\n`), [
    'goods.yaml:16: "luxury-cars" → hs[0]: HS 8704 is not in hs.yaml: add the heading to chapter 87 there',
  ]);
  assert.deepEqual(problems(`  hs: ['8703']\n`, 'some'), [
    'rules.yaml:24: "un" → hsScope.codes[1]: the rule covers HS 87, so chapter 87 in hs.yaml must list every heading (headingsListed: all)',
  ]);
});
