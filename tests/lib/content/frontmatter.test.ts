import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyLineInFile, frontmatterLine, readFrontmatter } from '../../../src/lib/content/frontmatter.ts';

const file = join(mkdtempSync(join(tmpdir(), 'frontmatter-')), 'page.md');
// Front matter on lines 1-4, two blank lines (Astro trims them), the body from line 7.
writeFileSync(file, '---\ntitle: A page\nupdated: 2026-01-02\n---\n\n\nFirst line of the body.\n\nSecond paragraph.\n');

test('front matter is read as YAML, with dates as dates', () => {
  assert.deepEqual(readFrontmatter(file), { title: 'A page', updated: new Date('2026-01-02T00:00:00Z') });
});

test('a front-matter key and a line of the body are found at their lines in the file', () => {
  assert.equal(frontmatterLine(file, 'updated'), 3);
  assert.equal(frontmatterLine(file, 'missing'), undefined);
  assert.equal(bodyLineInFile(file, 1), 7);
  assert.equal(bodyLineInFile(file, 3), 9);
  assert.equal(bodyLineInFile(join(file, 'absent.md'), 3), undefined);
});
