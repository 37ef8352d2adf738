// Every content mistake in tests/fixtures/content-errors/<case>/ must stop the real build with a
// non-zero exit and a message naming the file, the field and (where known) the line; and a failed
// build must leave the previous output exactly as it was. A case replaces whole files (its
// content/ folder) or changes lines of the real content (edits.json); each line of its
// expected.txt must be in the output, with {line} standing for the line number it reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../../dev/paths.ts';
import { contentWith, runBuild, type ContentEdit } from '../support/build.ts';

const CASES = join(FIXTURES, 'content-errors');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cases = readdirSync(CASES).sort();

test('there are at least 15 malformed-content fixtures', () => {
  assert.ok(cases.length >= 15, `${cases.length} fixtures`);
});

// Two builds at a time: each has its own content, output and cache folders.
test('each content mistake fails the build with a clear message', { concurrency: 2 }, async (t) => {
  await Promise.all(
    cases.map((name) =>
      t.test(name.replaceAll('-', ' '), async () => {
        const out = join(mkdtempSync(join(tmpdir(), 'previous-build-')), 'dist');
        mkdirSync(out);
        writeFileSync(join(out, 'index.html'), 'the last good build');

        const editsFile = join(CASES, name, 'edits.json');
        const edits = existsSync(editsFile) ? (JSON.parse(readFileSync(editsFile, 'utf8')) as ContentEdit[]) : [];
        const { status, output } = await runBuild({
          SITE_CONTENT_DIR: contentWith(join(CASES, name, 'content'), edits),
          SITE_OUT_DIR: out,
        });

        assert.notEqual(status, 0, 'the build must fail');
        for (const expected of readFileSync(join(CASES, name, 'expected.txt'), 'utf8')
          .split('\n')
          .filter(Boolean)) {
          const pattern = new RegExp(expected.split('{line}').map(escape).join('[0-9]+'));
          assert.ok(pattern.test(output), `the output should say: ${expected}\n--- output ---\n${output.slice(-3000)}`);
        }
        assert.equal(
          readFileSync(join(out, 'index.html'), 'utf8'),
          'the last good build',
          'the previous output is untouched',
        );
        assert.deepEqual(readdirSync(join(out, '..')), ['dist'], 'no staging folder is left behind');
        assert.ok(existsSync(out));
      }),
    ),
  );
});
