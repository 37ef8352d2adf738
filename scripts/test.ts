// `npm test`: every check a change must pass, in the order that fails fastest.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { requireTools } from './require-tools.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);

function step(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status || 1);
  }
}

requireTools();
step('Formatting (Prettier)', bin('prettier'), ['--check', '.']);
step('Types (astro check)', bin('astro'), ['check']);
step('Build (the real site, into dist/)', process.execPath, ['scripts/build.ts']);
// Unit, build and browser tests, on Node's own test runner.
step('Tests', process.execPath, ['--test', '--test-reporter=spec', 'tests/**/*.test.ts']);
