import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, 'dist');
export const CONTENT = resolve(ROOT, 'content');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
