import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentVersion, hashContent } from '../../../src/lib/content/content-version.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-version-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('the content hash is 12 hex digits, the same for the same files wherever they are', () => {
  const files = { 'goods.yaml': '- id: caviar\n', 'guidance/a.md': '---\ntitle: A\n---\n' };
  const id = hashContent(folder(files));
  assert.match(id, /^[0-9a-f]{12}$/);
  assert.equal(hashContent(folder(files)), id);
});

test('any change to a file, its name or the set of files gives another hash', () => {
  const base = { 'goods.yaml': '- id: caviar\n', 'guidance/a.md': 'A' };
  const id = hashContent(folder(base));
  assert.notEqual(hashContent(folder({ ...base, 'goods.yaml': '- id: caviar \n' })), id);
  assert.notEqual(hashContent(folder({ ...base, 'notes.txt': '' })), id);
  const moved = folder(base);
  renameSync(join(moved, 'guidance/a.md'), join(moved, 'guidance/b.md'));
  assert.notEqual(hashContent(moved), id);
  // Bytes moved from the end of one file to the start of the next are a change too.
  assert.notEqual(hashContent(folder({ 'a.yaml': 'ab', 'b.yaml': 'c' })), hashContent(folder({ 'a.yaml': 'a', 'b.yaml': 'bc' })));
});

test('the content version is dated by the newest change to anything dated', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const version = contentVersion([{ updated: day('2026-11-23') }, { updated: day('2027-01-05') }, { updated: day('2025-02-01') }], 'abc');
  assert.deepEqual(version, { date: day('2027-01-05'), id: 'abc' });
  assert.throws(() => contentVersion([], 'abc'), /no dated page or record/);
});
