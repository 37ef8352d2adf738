import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, readYamlRecords } from '../../../src/lib/content/yaml-records.ts';
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

const GOOD = `- id: caviar\n  name: caviar\n  everydayName: Caviar\n  rule: ban\n  group: Luxury\n  aliases: [caviar]\n`;

test('valid records are returned in file order', () => {
  const records = readYamlRecords(
    yamlFile(
      `${GOOD}- id: truffles\n  name: truffles\n  everydayName: Truffles\n  rule: ban\n  group: Luxury\n  aliases: [truffle]\n`,
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
      `${GOOD}- id: truffles\n  name: truffles\n  everydayName: Truffles\n  rule: ban\n  grup: Luxury\n  aliases: [truffle]\n`,
    ),
    goodsSchema,
  );
  // The misspelt key is unknown, and the key it should have been is missing: both are said.
  assert.deepEqual(problems.map((p) => p.field).sort(), ['"truffles" → group', '"truffles" → grup']);
  const problem = problems.find((p) => p.field?.endsWith('grup'));
  assert.equal(problem!.line, 11);
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
  assert.equal(problem!.line, 7);
  assert.match(problem!.message, /used twice \(first on line 1\)/);
});

test('YAML that does not parse is reported with its line', () => {
  const [problem] = problemsOf(yamlFile(`- id: caviar\n  name: [unclosed\n`), goodsSchema);
  assert.match(problem!.message, /not valid YAML/);
  assert.ok(problem!.line);
});
