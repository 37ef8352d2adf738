// Two clean builds of the same commit are byte-identical, so a deploy's diff shows only real
// changes. dist/ (built by `npm test` before the tests run) is compared with a second build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../support/build.ts';
import { DIST } from '../../dev/paths.ts';

function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(dir, file)).isFile(),
  );
  return new Map(
    files.sort().map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

test('a second clean build produces a byte-identical dist/', async () => {
  const second = join(mkdtempSync(join(tmpdir(), 'second-build-')), 'dist');
  const { status, output } = await runBuild({ SITE_OUT_DIR: second });
  assert.equal(status, 0, output.slice(-2000));
  const first = digests(DIST);
  const again = digests(second);
  assert.deepEqual([...again.keys()], [...first.keys()], 'the same files');
  const different = [...first].filter(([file, digest]) => again.get(file) !== digest).map(([file]) => file);
  assert.deepEqual(different, [], 'the same bytes');
  // Every page, data file, script and search index file: a real comparison, not an empty folder.
  assert.ok(first.size > 80, `${first.size} files compared`);
});
