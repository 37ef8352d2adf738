// What browsers are sent: no built script carries zod (build-time validation) or a Node module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../dev/paths.ts';

test('no browser bundle contains zod or imports a Node module', () => {
  const scripts = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
  assert.ok(scripts.length > 0);
  const problems = scripts.flatMap((file) => {
    const code = readFileSync(join(DIST, '_astro', file), 'utf8');
    return [
      // zod 4 names its classes and errors with these; none appears in code that does not bundle it.
      ...(/\$ZodType|ZodError|zod\/v4/.test(code) ? [`${file} contains zod`] : []),
      ...(/["'`]node:[a-z_/]+["'`]/.test(code) ? [`${file} imports a Node module`] : []),
    ];
  });
  assert.deepEqual(problems, []);
});
