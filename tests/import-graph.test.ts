// The shape of src/ as a newcomer relies on it: no module imports itself through others, and code
// that runs in the browser never reaches Node's modules, zod or the content store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cycles, importGraph, reachable } from './support/import-graph.ts';
import { ROOT } from '../dev/paths.ts';

const graph = importGraph(join(ROOT, 'src'));

test('no import cycle in src/', () => {
  assert.ok(graph.files.size > 50, `${graph.files.size} files read`);
  assert.deepEqual(
    cycles(graph).map((cycle) => cycle.join(' → ')),
    [],
  );
});

/** Imports a browser bundle must never contain: they are for the build, or Node only. */
const BUILD_ONLY = /^(node:|astro:content$|astro\/zod$|zod$|astro\/loaders$|yaml$|fs$|path$)/;

test('browser scripts reach no Node module, no zod and no content store', () => {
  const scripts = readdirSync(join(ROOT, 'src/scripts')).filter((file) => file.endsWith('.ts'));
  assert.ok(scripts.length > 0);
  const problems: string[] = [];
  for (const script of scripts) {
    for (const file of reachable(graph, `src/scripts/${script}`)) {
      const forbidden = (graph.packages.get(file) ?? []).filter((name) => BUILD_ONLY.test(name));
      if (forbidden.length > 0) problems.push(`${script} → ${file} imports ${forbidden.join(', ')}`);
    }
  }
  assert.deepEqual(problems, []);
});
