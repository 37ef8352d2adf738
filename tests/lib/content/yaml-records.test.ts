import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, readYamlRecords, recordLine } from '../../../src/lib/content/yaml-records.ts';
import { contactSchema, goodsSchema } from '../../../src/schemas/records.ts';

function yamlFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'records-')), 'records.yaml');
  writeFileSync(path, text);
  return path;
}

function problemsOf(path: string, schema: Parameters<typeof readYamlRecords>[1]) {
  try {
    readYamlRecords(path, schema, join(path, '..'));
  } catch (error) {
    assert.ok(error instanceof ContentError);
    return error.problems;
  }
  assert.fail('expected a ContentError');
}

/** The dated history every goods record has, on two lines. */
const DATED = `  updated: 2026-11-23\n  history: [{ date: 2026-11-23, note: First published. }]\n`;
const GOOD = `- id: caviar\n  name: caviar\n  everydayName: Caviar\n  rule: ban\n  group: Luxury\n  aliases: [caviar]\n${DATED}`;

test('valid records are returned in file order', () => {
  const records = readYamlRecords(
    yamlFile(
      `${GOOD}- id: truffles\n  name: truffles\n  everydayName: Truffles\n  rule: ban\n  group: Luxury\n  aliases: [truffle]\n${DATED}`,
    ),
    goodsSchema,
  );
  assert.deepEqual(
    records.map((record) => record.id),
    ['caviar', 'truffles'],
  );
});

test('an unknown key is reported at its own line', () => {
  const problems = problemsOf(
    yamlFile(
      `${GOOD}- id: truffles\n  name: truffles\n  everydayName: Truffles\n  rule: ban\n  grup: Luxury\n  aliases: [truffle]\n${DATED}`,
    ),
    goodsSchema,
  );
  // The misspelt key is unknown, and the key it should have been is missing: both are said.
  assert.deepEqual(problems.map((p) => p.field).sort(), ['"truffles" → group', '"truffles" → grup']);
  const problem = problems.find((p) => p.field?.endsWith('grup'));
  assert.equal(problem!.line, 13);
  assert.equal(problem!.field, '"truffles" → grup');
  assert.match(problem!.message, /unknown field "grup"/);
});

test('a bad value is reported at its line, with the field and the reason', () => {
  const text = `- id: helpline\n  name: ECO helpline\n  organisation: eco\n  email: eco.help@trade.gsi.gov.uk\n  telephone: 0202 7215 4594\n  address: [London]\n  checked: 2016-07-18\n`;
  const [problem] = problemsOf(yamlFile(text), contactSchema);
  assert.equal(problem!.line, 5);
  assert.equal(problem!.field, '"helpline" → telephone');
  assert.match(problem!.message, /not a valid UK telephone number/);
});

test('a duplicate id is refused with both lines', () => {
  const [problem] = problemsOf(yamlFile(`${GOOD}${GOOD}`), goodsSchema);
  assert.equal(problem!.line, 9);
  assert.match(problem!.message, /used twice \(first on line 1\)/);
});

test('YAML that does not parse is reported with its line', () => {
  const [problem] = problemsOf(yamlFile(`- id: caviar\n  name: [unclosed\n`), goodsSchema);
  assert.match(problem!.message, /not valid YAML/);
  assert.ok(problem!.line);
});

test('the line of any field of a record read is kept beside it, for checks made later', () => {
  const history = `  updated: 2026-11-23\n  history:\n    - date: 2026-11-01\n      note: First published.\n    - date: 2026-11-23\n      note: Changed.\n`;
  const [caviar, truffles] = readYamlRecords(
    yamlFile(`${GOOD}- id: truffles\n  name: truffles\n  everydayName: Truffles\n  rule: ban\n  group: Luxury\n  aliases: [truffle]\n${history}`),
    goodsSchema,
  );
  assert.equal(recordLine(caviar!, ['updated']), 7);
  assert.equal(recordLine(truffles!, ['id']), 9);
  assert.equal(recordLine(truffles!, ['history', 1, 'date']), 19);
  // A field the record does not have falls back to the record's first line.
  assert.equal(recordLine(truffles!, ['description']), 9);
  assert.equal(recordLine({}, ['id']), undefined);
});
