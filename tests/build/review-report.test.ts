// Review dates outside the browser: `npm run content:report`, and the build's warning for pages
// past their review date (a warning: the build still succeeds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT, ROOT } from '../../dev/paths.ts';
import { contentWith, runBuild } from '../support/build.ts';
import { reviewDueDate } from '../../src/lib/browser/review.ts';

function contentWithOldReview(): string {
  const dir = contentWith(mkdtempSync(join(tmpdir(), 'empty-overlay-')));
  const file = join(dir, 'guidance/north-korea-import-restrictions.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2020-01-15'));
  return dir;
}

test('review intervals count from the last review', () => {
  const last = new Date('2026-11-23T00:00:00Z');
  assert.equal(reviewDueDate(last, '6 months').toISOString().slice(0, 10), '2027-05-23');
  assert.equal(reviewDueDate(last, '1 year').toISOString().slice(0, 10), '2027-11-23');
  assert.equal(reviewDueDate(last, '2 weeks').toISOString().slice(0, 10), '2026-12-07');
  assert.equal(reviewDueDate(last, new Date('2027-01-01T00:00:00Z')).toISOString().slice(0, 10), '2027-01-01');
});

test('content:report lists every page with its dates, oldest review first', () => {
  const output = execFileSync(process.execPath, ['scripts/content-report.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: contentWithOldReview() },
  });
  const rows = output.split('\n').filter((line) => line.startsWith('guidance/'));
  const pages = readdirSync(join(CONTENT, 'guidance')).filter((file) => file.endsWith('.md'));
  assert.equal(rows.length, pages.length);
  assert.match(rows[0]!, /^guidance\/north-korea-import-restrictions\.md\s+2020-01-15\s+2020-07-15\s+OVERDUE$/);
  for (const row of rows.slice(1))
    assert.match(row, /^guidance\/[a-z-]+\.md\s+\d{4}-\d{2}-\d{2}\s+\d{4}-\d{2}-\d{2}\s+in date$/);
  assert.ok(rows.some((row) => row.startsWith('guidance/exporting-luxury-goods-north-korea.md')));
  assert.match(output, new RegExp(`${pages.length} page\\(s\\), 1 overdue\\.`));
});

test('the build warns about pages past their review date and still succeeds', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'overdue-build-')), 'dist');
  const { status, output } = await runBuild({ SITE_CONTENT_DIR: contentWithOldReview(), SITE_OUT_DIR: out });
  assert.equal(status, 0, output.slice(-2000));
  assert.match(
    output,
    /1 guidance page is past its review date:\n\s+- .*north-korea-import-restrictions\.md \(review was due 2020-07-15\)/,
  );
});
