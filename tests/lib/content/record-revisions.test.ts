// The check of recorded changes against a real git history: a repository made here, with commits
// on its main line, a merged branch and an edit not yet committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRecordHistory } from '../../../src/lib/content/record-revisions.ts';

const goods = (aliases: string, notes: string[]) =>
  `- id: caviar\n  name: caviar\n  aliases: [${aliases}]\n  updated: 2026-11-23\n  history:\n${notes
    .map((note) => `    - date: 2026-11-23\n      note: '${note}'\n`)
    .join('')}`;
const rules = (summary: string, notes: string[]) =>
  `- id: ban\n  summary: ${summary}\n  updated: 2026-11-23\n  history:\n${notes
    .map((note) => `    - date: 2026-11-23\n      note: '${note}'\n`)
    .join('')}`;

function repository() {
  const dir = mkdtempSync(join(tmpdir(), 'record-history-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  const commit = (message: string, files: { goods?: string; rules?: string }) => {
    if (files.goods) writeFileSync(join(content, 'goods.yaml'), files.goods);
    if (files.rules) writeFileSync(join(content, 'rules.yaml'), files.rules);
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', '--short=7', 'HEAD').trim();
  };
  git('init', '-q', '-b', 'main');
  return { dir, content, git, commit };
}

test('each commit of the main line and the working tree are compared; a change without an entry is named with its commit', () => {
  const repo = repository();
  // Before records kept a history: no entry is asked for.
  repo.commit('Records', { goods: '- id: caviar\n  name: caviar\n  aliases: [caviar]\n', rules: '- id: ban\n  summary: A ban.\n' });
  repo.commit('Histories', { goods: goods('caviar', ['First published.']), rules: rules('A ban.', ['First published.']) });
  repo.commit('Search words, recorded', { goods: goods('caviar, beluga', ['First published.', 'Search words added: beluga.']) });
  const unrecorded = repo.commit('Summary reworded', { rules: rules('A ban on supplying.', ['First published.']) });
  assert.deepEqual(
    checkRecordHistory(repo.content).problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`),
    [
      `${repo.content}/rules.yaml at ${unrecorded}:4 summary changed in commit ${unrecorded} (“Summary reworded”) with no new history entry: add one that says what changed, dated the day it was made, and set updated to that date`,
    ],
  );
  // An edit not yet committed is compared with the last commit.
  writeFileSync(join(repo.content, 'goods.yaml'), goods('caviar, beluga, osetra', ['First published.', 'Search words added: beluga.']));
  const check = checkRecordHistory(repo.content);
  assert.equal(check.available, true);
  assert.equal(check.shallow, false);
  assert.deepEqual(
    check.problems.map((problem) => `${problem.file} ${problem.field}`),
    [`${repo.content}/rules.yaml at ${unrecorded} "ban" → history`, `${repo.content}/goods.yaml "caviar" → history`],
  );
});

test('a merged branch is checked where it joins the main line', () => {
  const repo = repository();
  repo.commit('Histories', { goods: goods('caviar', ['First published.']), rules: rules('A ban.', ['First published.']) });
  repo.git('checkout', '-q', '-b', 'codes');
  repo.commit('Codes', { goods: goods('caviar, roe', ['First published.']) });
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge codes', 'codes');
  const merge = repo.git('rev-parse', '--short=7', 'HEAD').trim();
  assert.deepEqual(
    checkRecordHistory(repo.content).problems.map((problem) => problem.file),
    [`${repo.content}/goods.yaml at ${merge}`],
  );
});

test('without git history the check says it could not compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-history-'));
  writeFileSync(join(dir, 'goods.yaml'), goods('caviar', ['First published.']));
  assert.deepEqual(checkRecordHistory(dir), { available: false, compared: 0, shallow: false, problems: [] });
});
