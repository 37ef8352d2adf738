// The extension registry (src/markdown/index.ts) is the one list of extensions: every extension
// module is in it, and the unknown-directive message names exactly its directives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSIONS } from '../../src/markdown/index.ts';
import { ROOT } from '../../dev/paths.ts';
import { renderMarkdown } from '../support/markdown.ts';

/** Modules of src/markdown that are not extensions: the registry, its sanitiser policy and renderer. */
const NOT_EXTENSIONS = new Set(['index.ts', 'sanitize-schema.ts', 'render.ts']);

test('every extension module of src/markdown is registered', () => {
  const index = readFileSync(join(ROOT, 'src/markdown/index.ts'), 'utf8');
  const modules = readdirSync(join(ROOT, 'src/markdown')).filter(
    (file) => file.endsWith('.ts') && !NOT_EXTENSIONS.has(file),
  );
  const unregistered = modules.filter((file) => !index.includes(`from './${file}'`));
  assert.deepEqual(unregistered, []);
  assert.equal(new Set(EXTENSIONS.map((extension) => extension.name)).size, EXTENSIONS.length, 'names are unique');
});

test('the unknown-directive message lists the registered directives', async () => {
  const directives = EXTENSIONS.flatMap((extension) => (extension.directive ? [`::${extension.directive}`] : []));
  assert.ok(directives.length >= 4);
  const { problems } = await renderMarkdown('::no-such-thing{}');
  assert.equal(problems.length, 1);
  for (const name of directives) assert.ok(problems[0]!.message.includes(name), `${name} in "${problems[0]!.message}"`);
});
