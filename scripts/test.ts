// `npm test`: every check a change must pass, in the order that fails fastest.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { requireTools } from './require-tools.ts';

const root = resolve(import.meta.dirname, '..');
// Each tool runs on this same Node (24, from the `node` dev dependency), whatever `node` the shell has.
const tool = (script: string) => [process.execPath, resolve(root, 'node_modules', script)] as const;

function step(title: string, argv: readonly string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(argv[0]!, argv.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status || 1);
  }
}

requireTools();
step('Formatting (Prettier)', [...tool('prettier/bin/prettier.cjs'), '--check', '.']);
step('Types (astro check)', [...tool('astro/bin/astro.mjs'), 'check']);
// Each change to a rule or goods record, in every commit and in the working tree, has a history entry.
step('Recorded changes (npm run content:changes)', [process.execPath, 'scripts/content-changes.ts']);
step('Build (the real site, into dist/)', [process.execPath, 'scripts/build.ts']);
// Unit, build and browser tests, on Node's own test runner.
step('Tests', [process.execPath, '--test', '--test-reporter=spec', 'tests/**/*.test.ts']);
