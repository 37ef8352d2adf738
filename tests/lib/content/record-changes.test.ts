import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unrecordedChanges } from '../../../src/lib/content/record-changes.ts';

const record = (aliases: string, history: string[], extra = '') =>
  `- id: caviar\n  name: caviar\n  aliases: [${aliases}]\n${extra}  updated: 2026-11-23\n  history:\n${history
    .map((note) => `    - date: 2026-11-23\n      note: '${note}'\n`)
    .join('')}`;
const check = (before: string, after: string) =>
  unrecordedChanges(before, after, 'content/goods.yaml', 'since the last commit').map(
    (problem) =>
      `${problem.file}:${problem.line} ${problem.field ?? '(no field)'}: ${problem.message.split(' with ')[0]}`,
  );

test('a record whose content changed with no new history entry is reported at its history', () => {
  const before = record('caviar', ['First published.']);
  assert.deepEqual(check(before, record('caviar, beluga', ['First published.'])), [
    'content/goods.yaml:5 "caviar" → history: aliases changed since the last commit',
  ]);
  // A field added or taken out is a change too; each is named.
  assert.deepEqual(check(before, record('caviar, beluga', ['First published.'], '  description: Roe.\n')), [
    'content/goods.yaml:6 "caviar" → history: aliases, description changed since the last commit',
  ]);
});

test('a change with a new entry, a change of wording only, and a new record are not reported', () => {
  const before = record('caviar', ['First published.']);
  assert.deepEqual(check(before, record('caviar, beluga', ['First published.', 'Search words added: beluga.'])), []);
  // Written another way, the same data: a flow list as a block list, a date quoted.
  const rewritten = before.replace('aliases: [caviar]', 'aliases:\n    - caviar').replace('updated: 2026-11-23', "updated: '2026-11-23'");
  assert.deepEqual(check(before, rewritten), []);
  assert.deepEqual(check('[]', before), []);
  // A note corrected, with nothing else changed, needs no entry of its own.
  assert.deepEqual(check(before, record('caviar', ['First published on this site.'])), []);
});

test('a later version that is not YAML is reported, not passed over', () => {
  assert.deepEqual(check(record('caviar', ['First published.']), '- id: caviar\n  name: [unclosed\n'), [
    'content/goods.yaml:undefined (no field): is not a YAML list of records, so its changes could not be compared',
  ]);
});

test('a record from before records kept a history is not held to one', () => {
  const old = '- id: caviar\n  name: caviar\n  aliases: [caviar]\n';
  assert.deepEqual(check(old, record('caviar, beluga', ['First published.'])), []);
});
